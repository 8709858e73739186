/** A clause or sentence of the normalised text, as offsets. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(['no', 'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'approx', 'incl', 'excl', 'e.g', 'i.e', 'nr', 'ref', 'art', 'fig', 'vol', 'jr', 'sr', 'ltd', 'inc', 'co']);
const BOUNDARY = /[.!?]+["')\]]*(?=\s|$)|\n+|[•·]+|\s[|¦]+\s|\s-{1,2}\s|;\s/g;

/** Adds the range trimmed of surrounding whitespace, unless nothing is left. */
function pushTrimmed(segments: TextSegment[], text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  if (b > a) segments.push({ start: a, end: b });
}

/**
 * Splits normalised text into sentences and clauses (sentence ends, new lines, bullets, spaced dashes, semicolons),
 * keeping "no. 1" and "dr. smith" together; each segment is trimmed of surrounding whitespace.
 */
export function segmentText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    // A quoted testimonial followed by its attribution ("…!" - Kate W.) stays one segment.
    const attribution = /^[.!?]+["')\]]+$/.test(match[0]) ? /^\s*[-~]+\s*(?=[a-z])/.exec(text.slice(match.index + match[0].length)) : null;
    if (attribution !== null) {
      BOUNDARY.lastIndex = match.index + match[0].length + attribution[0].length;
      continue;
    }
    if (/^\s-/.test(match[0]) && /"\s*$/.test(text.slice(Math.max(0, match.index - 2), match.index + 1))) continue;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const before = /([a-z.]+)$/.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(before)) continue;
    }
    const keepPunctuation = /^[.!?]/.test(match[0]);
    const cut = keepPunctuation ? match.index + match[0].length : match.index;
    pushTrimmed(segments, text, start, cut);
    start = keepPunctuation ? cut : match.index + match[0].length;
  }
  pushTrimmed(segments, text, start, text.length);
  return segments;
}
