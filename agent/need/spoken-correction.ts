import { numberPhraseAt } from './number-words.ts';
import { isUnitWord } from './quantity-units.ts';
import { tokenize, type Token } from './tokenize.ts';
import { COLOUR_GROUPS, MATERIAL_GROUPS } from './value-synonyms.ts';

/**
 * Words that take back what was just said ("no wait", "non pardon", "actually", "I mean", "ou plutôt"): one of them
 * must be in the words between two figures for the second to replace the first.
 */
const RETRACTING: ReadonlySet<string> = new Set([
  'no', 'nope', 'non', 'wait', 'attends', 'attendez', 'sorry', 'pardon', 'actually', 'rather', 'plutot', 'mean', 'scratch', 'correction', 'oops', 'oups', 'dire',
  // "quatre-vingt-dix-neuf… bon, allez, cent vingt": giving in to a higher figure takes the first one back.
  'allez', 'allons',
]);
/** Words that may go with a retraction without saying anything of their own ("no wait, make it 32", "euh non, disons 56"). */
const FILLING: ReadonlySet<string> = new Set([
  'uh', 'um', 'erm', 'hmm', 'euh', 'heu', 'i', 'je', 'veux', 'voulais', 'make', 'it', 'that', 'en', 'fait', 'or', 'ou', 'enfin', 'just', 'juste', 'let', 's', 'say', 'disons', 'mets', 'so', 'dis',
  'bon', 'well', 'ok', 'okay',
]);
/** At most this many words between a figure and the retraction ("16gb ram no actually …"). */
const MAX_WORDS_BETWEEN = 3;

/** One figure said then taken back. */
export interface SpokenCorrection {
  /** The corrected span as typed ("42 no wait 43"). */
  readonly said: string;
  /** The figure kept ("43"). */
  readonly kept: string;
}

const NONE_USED: readonly boolean[] = [];

/** Words saying a decimal point in a figure said in words ("one point five", "un virgule cinq"). */
const DECIMAL_POINTS: ReadonlySet<string> = new Set(['point', 'virgule']);

/**
 * The end of a figure starting at `i`, in digits ("43") or in words ("nonante-neuf", "cent vingt", "one point
 * five"); undefined when none. "one" right after a unit word is the pronoun ("a 1.7 litre one"), not a figure.
 */
function figureEnd(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  if (token.kind === 'number') return i + 1;
  if (token.kind !== 'word' || (token.norm === 'one' && i > 0 && tokens[i - 1]!.kind === 'word' && isUnitWord(tokens[i - 1]!.norm))) return undefined;
  const end = numberPhraseAt(tokens, NONE_USED, i)?.end;
  if (end === undefined || !DECIMAL_POINTS.has(tokens[end]?.norm ?? '')) return end;
  const decimals = tokens[end + 1]?.kind === 'word' ? numberPhraseAt(tokens, NONE_USED, end + 1)?.end : undefined;
  return decimals ?? end;
}

/** Families of values one word names, where a later one said after a retraction replaces an earlier one ("black no wait white"). */
const VALUE_FAMILIES: ReadonlyArray<ReadonlySet<string>> = [COLOUR_GROUPS, MATERIAL_GROUPS].map((groups) => new Set(groups.flat().filter((w) => !w.includes(' '))));

/** The family of the one-word value at `i` ("white": colours), or undefined. */
function valueFamilyAt(tokens: readonly Token[], i: number): ReadonlySet<string> | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? VALUE_FAMILIES.find((family) => family.has(token.norm)) : undefined;
}

/** The value of the same family a retraction at `markerStart` takes back: the word right before it ("black no wait white"). */
function valueBefore(tokens: readonly Token[], markerStart: number, family: ReadonlySet<string>): { readonly start: number; readonly end: number } | undefined {
  let k = markerStart - 1;
  while (k >= 0 && tokens[k]!.norm === ',') k--;
  return k >= 0 && valueFamilyAt(tokens, k) === family ? { start: k, end: k + 1 } : undefined;
}

/** A clothing size in letters as typed ("L", "XL", "XXS", "3XL"), never a unit after a number ("40 L"). */
const LETTER_SIZE = /^(?:X{0,4}S|M|X{0,4}L|[2-5]XL)$/u;

/** The end of a size in letters at `i` ("L… actually XL" takes "L" back); undefined when none. */
function letterSizeEnd(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  return token?.kind === 'word' && LETTER_SIZE.test(token.raw) && tokens[i - 1]?.kind !== 'number' ? i + 1 : undefined;
}

/** The size in letters a retraction at `markerStart` takes back: one at most `MAX_WORDS_BETWEEN` plain words before it. */
function letterSizeBefore(tokens: readonly Token[], markerStart: number): { readonly start: number; readonly end: number } | undefined {
  for (let k = markerStart - 1; k >= Math.max(0, markerStart - 1 - MAX_WORDS_BETWEEN) && tokens[k]!.kind === 'word'; k--) {
    if (letterSizeEnd(tokens, k) !== undefined) return { start: k, end: k + 1 };
  }
  return undefined;
}

/** Signs that may sit between a line's label and its value ("size: 43", "- taille : 42"). */
const LABEL_SIGNS: ReadonlySet<string> = new Set([':', '-']);

/**
 * The earlier figure a later line restates by its label ("size: 43 … size: actually 43.5", "cadre : 54 … cadre :
 * plutôt 56"): the label right before the retraction at `markerStart`, said earlier with a figure after it (a sign
 * between); the later label's start, whose words go with the retraction.
 */
function labelledFigureBefore(tokens: readonly Token[], markerStart: number): { readonly start: number; readonly end: number; readonly labelStart: number } | undefined {
  let label = markerStart - 1;
  while (label >= 0 && LABEL_SIGNS.has(tokens[label]!.norm)) label--;
  const word = tokens[label];
  if (word?.kind !== 'word' || label === markerStart - 1) return undefined;
  for (let k = label - 1; k >= 0; k--) {
    if (tokens[k]!.kind !== 'word' || tokens[k]!.norm !== word.norm) continue;
    let at = k + 1;
    while (LABEL_SIGNS.has(tokens[at]?.norm ?? '')) at++;
    const end = at > k + 1 ? figureEnd(tokens, at) : undefined;
    if (end !== undefined) return { start: at, end, labelStart: label };
  }
  return undefined;
}

/**
 * The earlier figure a retraction at `markerStart` takes back: the one ending at most `MAX_WORDS_BETWEEN` plain words
 * before it, whole ("nonante-neuf", not its "neuf"); undefined when none.
 */
function figureBefore(tokens: readonly Token[], markerStart: number): { readonly start: number; readonly end: number } | undefined {
  let words = 0;
  for (let end = markerStart; end > 0; end--) {
    for (let start = end - 1; start >= Math.max(0, end - 8) && tokens[start]!.kind !== 'punct'; start--) {
      if (figureEnd(tokens, start) !== end) continue;
      // The longest figure ending there: "nonante-neuf" rather than "neuf", "one point seven" rather than "seven".
      let first = start;
      for (let k = start - 1; k >= Math.max(0, end - 8) && tokens[k]!.kind !== 'punct'; k--) if (figureEnd(tokens, k) === end) first = k;
      return { start: first, end };
    }
    const before = tokens[end - 1]!;
    if (before.kind !== 'word' || ++words > MAX_WORDS_BETWEEN) return undefined;
  }
  return undefined;
}

function retractionBefore(tokens: readonly Token[], at: number): number | undefined {
  let k = at - 1;
  let retracts = false;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.norm === ',' || t.norm === '.' || t.norm === '-')) k--;
    else if (t.kind === 'word' && (RETRACTING.has(t.norm) || FILLING.has(t.norm)) && letterSizeEnd(tokens, k) === undefined) {
      // "en fait" says "actually" in two words ("80 balles max… en fait 100").
      retracts ||= RETRACTING.has(t.norm) || (t.norm === 'fait' && tokens[k - 1]?.norm === 'en');
      k--;
    } else break;
  }
  return retracts ? k + 1 : undefined;
}

/**
 * A figure said and corrected in the same breath ("size 42 no wait 43", "cadre 54 euh non 56", "16gb ram no actually
 * make it 32"): the later figure takes the earlier one's place, so every reader sees one figure with the earlier
 * one's unit and context ("size 43", "32gb ram"), and the retraction is gone. A figure after a retraction with no
 * figure shortly before it, or two figures joined by anything but a retraction ("42 or 43"), are left as typed.
 */
export function applySpokenCorrections(text: string): { readonly text: string; readonly corrections: readonly SpokenCorrection[] } {
  const corrections: SpokenCorrection[] = [];
  let current = text;
  for (let guard = 0; guard < 8; guard++) {
    const tokens = tokenize(current);
    let changed = false;
    for (let j = 1; j < tokens.length && !changed; j++) {
      const later = tokens[j]!;
      const family = valueFamilyAt(tokens, j);
      const letters = letterSizeEnd(tokens, j) ?? (family === undefined ? undefined : j + 1);
      const laterEnd = letters ?? figureEnd(tokens, j);
      if (laterEnd === undefined) continue;
      const markerStart = retractionBefore(tokens, j);
      if (markerStart === undefined) continue;
      // A bare "no" before a figure may begin a clause of its own ("7 adults, no 3 hour games"): it retracts only a
      // figure said alone after it ("42 no 43,").
      const bareNo = tokens.slice(markerStart, j).every((t) => t.kind !== 'word' || t.norm === 'no' || t.norm === 'non');
      const afterLater = tokens[laterEnd];
      // The earlier figure: a number (or a size in letters, for one in letters) a few plain words before the
      // retraction, else one said earlier after the label said again right before the retraction.
      const restated = letters === undefined && !bareNo ? labelledFigureBefore(tokens, markerStart) : undefined;
      const earlier = family !== undefined ? valueBefore(tokens, markerStart, family) : letters !== undefined ? letterSizeBefore(tokens, markerStart) : (figureBefore(tokens, markerStart) ?? restated);
      if (earlier === undefined || (family !== undefined && bareNo)) continue;
      // The later figure's unit, when it repeats the earlier one's ("2 kg no wait 3 kg"), goes with it.
      const unitAfter = (k: number): Token | undefined => (tokens[k]?.kind === 'word' ? tokens[k] : undefined);
      const repeatedUnit = unitAfter(laterEnd) !== undefined && unitAfter(laterEnd)!.norm === unitAfter(earlier.end)?.norm;
      if (bareNo && afterLater !== undefined && afterLater.kind !== 'punct' && !repeatedUnit) continue;
      const resume = repeatedUnit ? tokens[laterEnd]!.end : tokens[laterEnd - 1]!.end;
      // A restated line's label goes with its retraction ("- size: actually 43.5" leaves "- ").
      const cut = tokens[restated !== undefined && earlier === restated ? restated.labelStart : markerStart]!.start;
      const kept = current.slice(later.start, tokens[laterEnd - 1]!.end);
      const earlierStart = tokens[earlier.start]!.start;
      const earlierEnd = tokens[earlier.end - 1]!.end;
      const restating = restated !== undefined && earlier === restated;
      corrections.push({ said: restating ? `${current.slice(earlierStart, earlierEnd)} … ${current.slice(cut, resume)}` : current.slice(earlierStart, resume), kept });
      // The retraction's own punctuation goes with it ("septante euros… non, nonante" → "nonante euros"); the lines
      // between a figure and its restatement stay as typed.
      const between = restating ? current.slice(earlierEnd, cut) : current.slice(earlierEnd, cut).replace(/[\s.,;:…-]+$/u, '');
      current = `${current.slice(0, earlierStart)}${kept}${between}${current.slice(resume)}`;
      changed = true;
    }
    if (!changed) break;
  }
  return { text: current, corrections };
}
