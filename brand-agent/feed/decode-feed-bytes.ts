import type { FeedIssue } from './feed-error.ts';

/**
 * What Windows-1252 puts at 0x80–0x9F (€, curly quotes, dashes, œ, ™…; five bytes there are unassigned). Node's
 * TextDecoder('windows-1252') reads those bytes as Latin-1's C1 control characters, so an Excel "CSV" saved in Western
 * Europe lost its euro signs ("149,90 €" read as "149,90 \u0080"): they are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * UTF-16 written without a BOM, told by its zero bytes: text in Latin script has one in every other byte (odd places
 * for little-endian, even for big-endian), which no UTF-8 or Windows-1252 text has.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = Math.floor(sample.length / 2);
  if (odd >= pairs * 0.7 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.7 && odd === 0) return 'utf-16be';
  return undefined;
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Hiragana and full-width katakana: only Japanese writes them, and Shift_JIS puts them behind lead bytes 0x82 and 0x83. */
const KANA = /[\u3041-\u30ff]/g;

/**
 * The text of bytes that are Shift_JIS (as Japanese Windows and Excel save CSV files; Windows-31J/CP932), or undefined:
 * they must decode as it without error and show Japanese — kana among their non-ASCII characters. Windows-1252 text
 * read as Shift_JIS makes kanji and half-width katakana of accented letters, and kana only from "‚" or "ƒ" before a
 * letter, which Western text does not write.
 */
function shiftJisText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const nonAscii = text.replace(/[\u0000-\u007f]/g, '').length;
  const kana = text.match(KANA)?.length ?? 0;
  return kana > 0 && kana >= nonAscii * 0.05 ? text : undefined;
}

/**
 * Decodes a feed file's bytes: UTF-8 (BOM stripped), UTF-16 with a BOM (or without one, told by its zero bytes), Shift_JIS when that is what the bytes show (see `shiftJisText`), and otherwise Windows-1252 with a warning
 * (row 0) when the bytes are not valid UTF-8, so a shop's legacy export still serves and the shop learns why accents look odd.
 */
export function decodeFeedBytes(bytes: Uint8Array): { text: string; issues: FeedIssue[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), issues: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), issues: [] };
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked !== undefined) return { text: new TextDecoder(unmarked).decode(bytes), issues: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), issues: [] };
  } catch {
    const japanese = shiftJisText(body);
    if (japanese !== undefined) return { text: japanese, issues: [{ row: 0, field: '(file)', why: 'the file is not valid UTF-8; its Japanese text was read as Shift_JIS (as Japanese Excel saves CSV) — export the feed as UTF-8 to be sure of every character' }] };
    const text = decodeWindows1252(body);
    return { text, issues: [{ row: 0, field: '(file)', why: 'the file is not valid UTF-8; it was read as Windows-1252 — export the feed as UTF-8 to be sure of accents' }] };
  }
}
