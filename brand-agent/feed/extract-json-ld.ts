import { FeedError, type FeedIssue } from './feed-error.ts';

const SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** True when an HTML page embeds at least one JSON-LD block. */
export function hasJsonLdScript(text: string): boolean {
  return /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json/i.test(text);
}

/**
 * The JSON-LD documents of a file: the file itself when it is JSON, else every `<script type="application/ld+json">`
 * block of an HTML page (a block that is not valid JSON is reported as block N and skipped; the page's other markup is
 * never interpreted). Throws when there is nothing to read.
 */
export function extractJsonLd(text: string): { documents: unknown[]; issues: FeedIssue[] } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { documents: [JSON.parse(trimmed)], issues: [] };
    } catch (error) {
      throw new FeedError('FEED_MALFORMED', `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const documents: unknown[] = [];
  const issues: FeedIssue[] = [];
  let block = 0;
  for (const match of text.matchAll(SCRIPT)) {
    block++;
    // Some pages wrap the JSON in an HTML comment or a CDATA section for old browsers.
    const body = match[1]!
      .trim()
      .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
      .trim();
    try {
      documents.push(JSON.parse(body));
    } catch (error) {
      issues.push({ row: 0, field: `(JSON-LD block ${block})`, why: `not valid JSON, skipped: ${error instanceof Error ? error.message.slice(0, 120) : String(error)}` });
    }
  }
  if (block === 0) throw new FeedError('FEED_UNRECOGNISED', 'the page has no <script type="application/ld+json"> block: no schema.org Product to read');
  return { documents, issues };
}
