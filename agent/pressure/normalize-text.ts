import { dotlessIIsNative, findHomoglyphTokens } from './homoglyphs.ts';
import { classifyInvisible, decodeTagCharacter, isJoinerOrSelector, type InvisibleKind } from './invisible-characters.ts';

/** A run of invisible code points in the original text that looks planted rather than typographic. */
export interface InvisibleRun {
  readonly start: number;
  readonly end: number;
  readonly kind: InvisibleKind;
}

/**
 * Text prepared for matching: compatibility-folded (NFKC/NFKD), diacritics and invisible characters removed,
 * look-alike letters folded to Latin, quotes and dashes unified, lowercased; every character keeps the range
 * of the original text it came from, so spans found here can be quoted exactly from the original.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** For each character of `text`, where its source starts in `original` (UTF-16 offset). */
  readonly starts: Int32Array;
  /** For each character of `text`, where its source ends in `original` (exclusive). */
  readonly ends: Int32Array;
  readonly invisibleRuns: readonly InvisibleRun[];
  /** Words written with look-alike letters from another script, as original offsets. */
  readonly homoglyphRanges: readonly { readonly start: number; readonly end: number }[];
  /** ASCII smuggled in Unicode tag characters, decoded (empty when there is none). */
  readonly hiddenTagText: string;
}

const PUNCTUATION_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const MARKS = /\p{M}/gu;
const foldCache = new Map<number, string>();

/** Folds one non-ASCII code point: punctuation unified, compatibility decomposition, combining marks dropped. */
function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(codePoint);
  const punctuation = PUNCTUATION_FOLD[char];
  let folded: string;
  if (punctuation !== undefined) folded = punctuation;
  else {
    const decomposed = char.normalize('NFKD');
    const stripped = decomposed.replace(MARKS, '');
    // A lone combining mark folds to nothing; a letter whose marks were all it had keeps its NFKC form.
    folded = stripped.length > 0 || /^\p{M}$/u.test(char) ? stripped : char.normalize('NFKC');
  }
  if (foldCache.size < 50_000) foldCache.set(codePoint, folded);
  return folded;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Decides whether an invisible run is planted (true) or ordinary typography such as an emoji joiner. */
function isSuspicious(original: string, start: number, end: number, kind: InvisibleKind, hasRtl: boolean): boolean {
  const first = original.codePointAt(start) ?? 0;
  if (kind === 'bidi-override' || kind === 'control' || kind === 'format') return true;
  if (kind === 'bidi-mark') return !hasRtl;
  if (kind === 'tag') {
    // Subdivision flags (e.g. Scotland) are a waving black flag followed by tag characters.
    const before = start >= 2 ? original.codePointAt(start - 2) : undefined;
    return before !== 0x1f3f4;
  }
  if (first === 0xfeff && start === 0) return false;
  const allJoiners = [...original.slice(start, end)].every((ch) => isJoinerOrSelector(ch.codePointAt(0) ?? 0));
  if (!allJoiners) return true;
  const previous = original[start - 1] ?? '';
  const next = original[end] ?? '';
  return LATIN_OR_DIGIT.test(previous) && LATIN_OR_DIGIT.test(next);
}

/** Collapses a letter repeated three or more times ("hurryyy", "sooo") to one, stretching its range over the copies. */
function collapseRepeats(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>): { text: string; starts: number[]; ends: number[] } {
  let out = '';
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = text[i] ?? '';
    let j = i + 1;
    while (j < text.length && text[j] === char) j++;
    const run = j - i;
    if (run >= 3 && char >= 'a' && char <= 'z') {
      out += char;
      outStarts.push(starts[i] ?? 0);
      outEnds.push(ends[j - 1] ?? 0);
    } else {
      for (let k = i; k < j; k++) {
        out += char;
        outStarts.push(starts[k] ?? 0);
        outEnds.push(ends[k] ?? 0);
      }
    }
    i = j;
  }
  return { text: out, starts: outStarts, ends: outEnds };
}

/**
 * Offsets of the folded text back into the original, grown as folded characters are added. One scratch map serves
 * every call (normalisation is synchronous and never re-entered while its offsets are in use); the result is copied
 * out at its exact length.
 */
class OffsetMap {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;
  reset(): this {
    this.length = 0;
    return this;
  }
  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2);
      const ends = new Int32Array(this.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

const scratchOffsets = new OffsetMap();

/** How `normalizeText` reads the dotless ı of a text written in Turkish (see `dotlessIIsNative`). */
export interface NormalizeOptions {
  /**
   * Read every ı as i in the matched text (offsets unchanged) without calling it a look-alike. A Turkish letter
   * elsewhere in the text makes ı native, and an attacker can add one; a reader that reads the text this way as well and
   * keeps the worse reading cannot be steered by it.
   */
  readonly foldNativeDotlessI?: boolean;
}

/** Normalises untrusted text for matching while keeping a map back to the original offsets. */
export function normalizeText(original: string, options: NormalizeOptions = {}): NormalizedText {
  let folded = '';
  const offsets = scratchOffsets.reset();
  const rawRuns: { start: number; end: number; kind: InvisibleKind }[] = [];
  let hiddenTagText = '';
  let asciiOnly = true;
  for (let i = 0; i < original.length; ) {
    const codePoint = original.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint < 0x80 && codePoint >= 0x20) {
      // A run of printable ASCII is copied as it is, one character for one.
      let j = i + 1;
      for (let c = original.charCodeAt(j); j < original.length && c < 0x80 && c >= 0x20; c = original.charCodeAt(++j));
      folded += original.slice(i, j);
      for (let k = i; k < j; k++) offsets.push(k, k + 1);
      i = j;
      continue;
    }
    const invisible = classifyInvisible(codePoint);
    if (invisible !== undefined) {
      asciiOnly = false;
      const last = rawRuns[rawRuns.length - 1];
      if (last !== undefined && last.end === i && last.kind === invisible) last.end = i + width;
      else rawRuns.push({ start: i, end: i + width, kind: invisible });
      if (invisible === 'tag') hiddenTagText += decodeTagCharacter(codePoint);
      i += width;
      continue;
    }
    const out = codePoint < 0x80 ? String.fromCharCode(codePoint) : foldCodePoint(codePoint);
    if (codePoint >= 0x80) asciiOnly = false;
    for (let k = 0; k < out.length; k++) offsets.push(i, i + width);
    folded += out;
    i += width;
  }
  const starts = offsets.starts.subarray(0, offsets.length);
  const ends = offsets.ends.subarray(0, offsets.length);
  let homoglyphRanges: { start: number; end: number }[] = [];
  if (!asciiOnly) {
    const tokens = findHomoglyphTokens(folded, dotlessIIsNative(original));
    if (tokens.length > 0) {
      let rebuilt = '';
      let cursor = 0;
      for (const token of tokens) {
        rebuilt += folded.slice(cursor, token.start) + token.folded;
        cursor = token.end;
      }
      folded = rebuilt + folded.slice(cursor);
      homoglyphRanges = tokens.map((t) => ({ start: starts[t.start] ?? 0, end: ends[t.end - 1] ?? 0 }));
    }
  }
  let text = folded.toLowerCase();
  // ı and i are one UTF-16 unit each, so the offsets stay aligned.
  if (options.foldNativeDotlessI === true) text = text.replaceAll('\u0131', 'i');
  let finalStarts: ArrayLike<number> = starts;
  let finalEnds: ArrayLike<number> = ends;
  if (text.length !== folded.length) {
    // Rare (e.g. 'İ'): lowercase one character at a time so offsets stay aligned.
    text = '';
    const lowered: number[] = [];
    const loweredEnds: number[] = [];
    for (let k = 0; k < folded.length; k++) {
      const lower = (folded[k] ?? '').toLowerCase();
      for (let m = 0; m < lower.length; m++) {
        lowered.push(starts[k] ?? 0);
        loweredEnds.push(ends[k] ?? 0);
      }
      text += lower;
    }
    finalStarts = lowered;
    finalEnds = loweredEnds;
  }
  if (/([a-z])\1\1/.test(text)) ({ text, starts: finalStarts, ends: finalEnds } = collapseRepeats(text, finalStarts, finalEnds));
  const hasRtl = !asciiOnly && RTL_LETTER.test(original);
  const invisibleRuns = rawRuns.filter((run) => isSuspicious(original, run.start, run.end, run.kind, hasRtl));
  return {
    original,
    text,
    starts: finalStarts instanceof Int32Array ? finalStarts.slice() : Int32Array.from(finalStarts),
    ends: finalEnds instanceof Int32Array ? finalEnds.slice() : Int32Array.from(finalEnds),
    invisibleRuns,
    homoglyphRanges,
    hiddenTagText,
  };
}

/** Maps a range of the normalised text back to the original text (exact, including any invisible characters inside). */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start || normalized.text.length === 0) return { start: 0, end: 0 };
  return { start: normalized.starts[start] ?? 0, end: normalized.ends[end - 1] ?? 0 };
}
