import type { FeedIssue } from './feed-error.ts';

/**
 * The problem of a delimited row whose cell count differs from the header's (row numbers as a spreadsheet shows them,
 * the header being row 1), or undefined when they agree. Every delimited reader reports it in these words.
 */
export function cellCountIssue(row: number, cells: number, columns: number, delimiter: string): FeedIssue | undefined {
  if (cells === columns) return undefined;
  return { row, field: '(row)', why: `${cells} cells for ${columns} columns (an unquoted ${delimiter === '\t' ? 'tab' : `"${delimiter}"`} or a missing cell?)` };
}
