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
 * Central European letters that Windows-1252 has no letter for at their bytes: read as it, a Polish, Czech or Slovak
 * word shows a symbol or an unassigned byte between its letters ("Tytu³ oferty", "Wy³¹cznie", "ve¾kos"), which no
 * Western language writes, or "ì" (Czech "ě") inside a word, where Italian never writes it.
 */
const CP1250_TELLS = /\p{L}(?:[\u0081\u008d\u008f\u0090\u009d\u00a5\u00aa\u00af\u00b3\u00b9\u00ba\u00bc\u00be\u00bf]|\u00ec)\p{L}/gu;

/** What Windows-1250 reads as a symbol between letters: a Western file read as Central European would show these. */
const CP1250_ODD = /\p{L}[\u00a4\u00a6\u00a7\u00a8\u00ab\u00ac\u00ae\u00b0\u00b1\u00b4\u00b6\u00b7\u00b8\u00bb\u02c7\u02d8\u02d9\u02db\u02dd]\p{L}/gu;

/**
 * The text of bytes that are Windows-1250 (as Polish, Czech and Slovak Windows and Excel save CSV files), or undefined:
 * read as Windows-1252 they must show at least two of `CP1250_TELLS`, and read as Windows-1250 no symbol between letters.
 */
function windows1250Text(bytes: Uint8Array): string | undefined {
  const western = decodeWindows1252(bytes);
  if ((western.match(CP1250_TELLS)?.length ?? 0) < 2) return undefined;
  const central = new TextDecoder('windows-1250').decode(bytes);
  return CP1250_ODD.test(central) ? undefined : central;
}

/** The encoding an XML file declares (`<?xml version="1.0" encoding="windows-1250"?>`), when it is one we decode. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared === undefined || declared === 'utf-8' || declared === 'utf8') return undefined;
  try {
    new TextDecoder(declared);
    return declared;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a feed file's bytes: UTF-8 (BOM stripped), UTF-16 with a BOM (or without one, told by its zero bytes), the
 * encoding an XML file declares, Windows-1250 or Shift_JIS when that is what the bytes show (see `windows1250Text`,
 * `shiftJisText`), and otherwise Windows-1252 with a warning
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
    const declared = declaredXmlEncoding(body);
    if (declared !== undefined) return { text: declared === 'windows-1252' || declared === 'iso-8859-1' || declared === 'latin1' ? decodeWindows1252(body) : new TextDecoder(declared).decode(body), issues: [] };
    const central = windows1250Text(body);
    if (central !== undefined) return { text: central, issues: [{ row: 0, field: '(file)', why: 'the file is not valid UTF-8; its Central European letters were read as Windows-1250 (as Polish, Czech and Slovak Excel save CSV) — export the feed as UTF-8 to be sure of every character' }] };
    const japanese = shiftJisText(body);
    if (japanese !== undefined) return { text: japanese, issues: [{ row: 0, field: '(file)', why: 'the file is not valid UTF-8; its Japanese text was read as Shift_JIS (as Japanese Excel saves CSV) — export the feed as UTF-8 to be sure of every character' }] };
    const text = decodeWindows1252(body);
    return { text, issues: [{ row: 0, field: '(file)', why: 'the file is not valid UTF-8; it was read as Windows-1252 — export the feed as UTF-8 to be sure of accents' }] };
  }
}
