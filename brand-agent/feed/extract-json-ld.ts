import { FeedError, type FeedIssue } from './feed-error.ts';

/** A `<script>` opening tag that declares JSON-LD. */
const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;
const SCRIPT_OPEN = /<script(?![\w-])/gi;
const SCRIPT_CLOSE = /<\/script/gi;

/**
 * The page's `<script>` elements in order: each opening tag and, when the element is closed, its body. Found with
 * plain searches from left to right, so the page is read once whatever it holds (a regular expression spanning a tag
 * and its body went back over the rest of the page for each unclosed `<script`: 0.7 MB of them took 26 s).
 */
function* scriptElements(text: string): Generator<{ readonly tag: string; readonly body?: string }> {
  let at = 0;
  for (;;) {
    SCRIPT_OPEN.lastIndex = at;
    const open = SCRIPT_OPEN.exec(text);
    if (open === null) return;
    const tagEnd = text.indexOf('>', open.index);
    if (tagEnd < 0) return;
    const tag = text.slice(open.index, tagEnd + 1);
    SCRIPT_CLOSE.lastIndex = tagEnd + 1;
    const close = SCRIPT_CLOSE.exec(text);
    const closeEnd = close === null ? -1 : text.indexOf('>', close.index);
    if (close === null || closeEnd < 0) {
      yield { tag };
      return;
    }
    yield { tag, body: text.slice(tagEnd + 1, close.index) };
    at = closeEnd + 1;
  }
}

/** True when an HTML page embeds at least one JSON-LD block. */
export function hasJsonLdScript(text: string): boolean {
  for (const { tag } of scriptElements(text)) if (JSON_LD_TYPE.test(tag)) return true;
  return false;
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
  for (const { tag, body: raw } of scriptElements(text)) {
    if (raw === undefined || !JSON_LD_TYPE.test(tag)) continue;
    block++;
    // Some pages wrap the JSON in an HTML comment or a CDATA section for old browsers.
    const body = raw
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
