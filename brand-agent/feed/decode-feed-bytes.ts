import type { FeedIssue } from './feed-error.ts';

/**
 * Decodes a feed file's bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, and otherwise Windows-1252 with a warning
 * (row 0) when the bytes are not valid UTF-8, so a shop's legacy export still serves and the shop learns why accents look odd.
 */
export function decodeFeedBytes(bytes: Uint8Array): { text: string; issues: FeedIssue[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), issues: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), issues: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), issues: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    return { text, issues: [{ row: 0, field: '(file)', why: 'the file is not valid UTF-8; it was read as Windows-1252 — export the feed as UTF-8 to be sure of accents' }] };
  }
}
