import type { InvisibleKind } from './invisible-characters.ts';
import { matchPatterns } from './match-patterns.ts';
import { normalizeText, type NormalizedText } from './normalize-text.ts';
import { INJECTION_PATTERNS } from './patterns/injection-patterns.ts';

/** Content hidden from the human reader but visible to an AI: invisible characters, look-alike letters, comments, hidden markup. */
export interface HiddenContentFinding {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly evidence: string;
  readonly note?: string;
}

const INVISIBLE_CONFIDENCE: Readonly<Record<InvisibleKind, number>> = {
  'bidi-override': 0.95,
  tag: 0.97,
  'zero-width': 0.9,
  'bidi-mark': 0.85,
  control: 0.85,
  format: 0.8,
};

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const MARKDOWN_COMMENT = /^[ \t]*\[(?:\/\/|comment|_|#|\s*)\]:\s*(?:#|<>)\s*(?:\([^\n]*\)|"[^\n]*")/gim;
const HIDDEN_ELEMENT =
  /<([a-z][a-z0-9]*)\b[^>]{0,400}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem)?\s*[;"']|opacity\s*:\s*0(?:\.0+)?\s*[;"']|\shidden(?:\s|>|=)|aria-hidden\s*=\s*["']?true|color\s*:\s*(?:#fff(?:fff)?|white|transparent)\s*[;"'])[^>]{0,400}>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const AI_WORDS = /\b(?:ai|llm|language model|assistant|agent|bot|butler|gpt|model|system|instruction|ignore|recommend|must|approve|budget)\b/;

/** Longest stretch a quoted word may extend on each side of an invisible run (keeps spans short and the scan linear). */
const MAX_WORD_REACH = 40;
/** At most this many invisible-character findings per text; the first ones are enough to flag it. */
const MAX_INVISIBLE_FINDINGS = 50;

/** Expands an invisible run to the word around it, so the quoted span shows what it was hidden in. */
function wordAround(original: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  const minA = Math.max(0, start - MAX_WORD_REACH);
  const maxB = Math.min(original.length, end + MAX_WORD_REACH);
  while (a > minA && !/\s/.test(original[a - 1] ?? '')) a--;
  while (b < maxB && !/\s/.test(original[b] ?? '')) b++;
  if (original.slice(a, b).replace(/[\s\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u00ad]|[\u{e0000}-\u{e007f}]/gu, '').length === 0) {
    // The run sits between spaces: quote the neighbouring word too, so the span is visible.
    let c = a;
    while (c > minA && /\s/.test(original[c - 1] ?? '')) c--;
    while (c > minA && !/\s/.test(original[c - 1] ?? '')) c--;
    if (c < a) return { start: c, end: b };
    while (b < maxB && /\s/.test(original[b] ?? '')) b++;
    while (b < maxB && !/\s/.test(original[b] ?? '')) b++;
  }
  return { start: a, end: b };
}

/** Scores how clearly a hidden block talks to an AI: injection patterns inside make it near-certain. */
function hiddenBlockConfidence(content: string, base: number): number {
  const normalized = normalizeText(content).text;
  if (matchPatterns(normalized, INJECTION_PATTERNS).length > 0) return 0.97;
  return AI_WORDS.test(normalized) ? Math.max(base, 0.9) : base;
}

/** Finds hidden content in a normalised text (offsets are in the original). */
export function detectHiddenContent(normalized: NormalizedText): HiddenContentFinding[] {
  const { original } = normalized;
  const findings: HiddenContentFinding[] = [];
  let coveredUntil = -1;
  for (const run of normalized.invisibleRuns) {
    if (run.start < coveredUntil) continue;
    if (findings.length >= MAX_INVISIBLE_FINDINGS) break;
    const around = wordAround(original, run.start, run.end);
    coveredUntil = around.end;
    const codePoints = [...original.slice(run.start, run.end)]
      .map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
      .slice(0, 4)
      .join(' ');
    findings.push({
      ...around,
      confidence: INVISIBLE_CONFIDENCE[run.kind],
      evidence: `unicode.${run.kind}`,
      note: run.kind === 'tag' && normalized.hiddenTagText.length > 0
        ? `hidden text in tag characters: "${normalized.hiddenTagText.slice(0, 200)}"`
        : `invisible ${run.kind} character(s) ${codePoints}`,
    });
  }
  if (normalized.hiddenTagText.length > 0) {
    const tagged = findings.find((f) => f.evidence === 'unicode.tag');
    if (tagged !== undefined && matchPatterns(normalizeText(normalized.hiddenTagText).text, INJECTION_PATTERNS).length > 0) {
      findings[findings.indexOf(tagged)] = { ...tagged, confidence: 0.99 };
    }
  }
  for (const range of normalized.homoglyphRanges) {
    findings.push({ ...range, confidence: 0.9, evidence: 'unicode.homoglyph', note: 'letters from another script that look Latin' });
  }
  if (!original.includes('<') && !original.includes('[')) return findings;
  for (const [regex, evidence, base] of [
    [HTML_COMMENT, 'markup.html-comment', 0.75],
    [MARKDOWN_COMMENT, 'markup.markdown-comment', 0.85],
    [HIDDEN_ELEMENT, 'markup.hidden-element', 0.8],
  ] as const) {
    regex.lastIndex = 0;
    for (let match = regex.exec(original); match !== null; match = regex.exec(original)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = match.index + (/^\s*/.exec(match[0])?.[0].length ?? 0);
      findings.push({
        start,
        end: match.index + match[0].length,
        confidence: hiddenBlockConfidence(match[0], base),
        evidence,
        note: 'text hidden from the human reader',
      });
    }
  }
  return findings;
}
