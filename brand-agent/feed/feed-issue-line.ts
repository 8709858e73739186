import { cutWithEllipsis, withoutHiddenCharacters } from '../../protocol/index.ts';
import type { FeedIssue } from './feed-error.ts';

/** Longest one feed problem is quoted: a reason quotes its cell, and a cell may be megabytes long (the full issue stays in the details). */
export const MAX_ISSUE_LINE_CHARS = 500;

/**
 * One feed problem as one line of plain text, cut to `MAX_ISSUE_LINE_CHARS`: its field and reason quote the file's
 * cells and headers, which may hold terminal escape sequences or line breaks that would repaint the shop's terminal
 * or forge a report line, and may be megabytes long.
 */
export function feedIssueLine(issue: FeedIssue): string {
  const line = `row ${issue.row}, ${issue.field}: ${issue.why}`;
  return cutWithEllipsis(withoutHiddenCharacters(line).replace(/[\t\r\n\u2028\u2029\u0085]+/g, ' '), MAX_ISSUE_LINE_CHARS);
}
