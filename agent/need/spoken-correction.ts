import { numberPhraseAt } from './number-words.ts';
import { tokenize, type Token } from './tokenize.ts';

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

/** The end of a figure starting at `i`, in digits ("43") or in words ("nonante-neuf", "cent vingt"); undefined when none. */
function figureEnd(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  if (token.kind === 'number') return i + 1;
  return token.kind === 'word' ? numberPhraseAt(tokens, NONE_USED, i)?.end : undefined;
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
      // The longest figure ending there: "nonante-neuf" rather than "neuf".
      let first = start;
      while (first > 0 && figureEnd(tokens, first - 1) === end) first--;
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
    else if (t.kind === 'word' && (RETRACTING.has(t.norm) || FILLING.has(t.norm))) {
      retracts ||= RETRACTING.has(t.norm);
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
      const laterEnd = figureEnd(tokens, j);
      if (laterEnd === undefined) continue;
      const markerStart = retractionBefore(tokens, j);
      if (markerStart === undefined) continue;
      // A bare "no" before a figure may begin a clause of its own ("7 adults, no 3 hour games"): it retracts only a
      // figure said alone after it ("42 no 43,").
      const bareNo = tokens.slice(markerStart, j).every((t) => t.kind !== 'word' || t.norm === 'no' || t.norm === 'non');
      const afterLater = tokens[laterEnd];
      // The earlier figure: a number a few plain words before the retraction.
      const earlier = figureBefore(tokens, markerStart);
      if (earlier === undefined) continue;
      // The later figure's unit, when it repeats the earlier one's ("2 kg no wait 3 kg"), goes with it.
      const unitAfter = (k: number): Token | undefined => (tokens[k]?.kind === 'word' ? tokens[k] : undefined);
      const repeatedUnit = unitAfter(laterEnd) !== undefined && unitAfter(laterEnd)!.norm === unitAfter(earlier.end)?.norm;
      if (bareNo && afterLater !== undefined && afterLater.kind !== 'punct' && !repeatedUnit) continue;
      const resume = repeatedUnit ? tokens[laterEnd]!.end : tokens[laterEnd - 1]!.end;
      const cut = tokens[markerStart]!.start;
      const kept = current.slice(later.start, tokens[laterEnd - 1]!.end);
      const earlierStart = tokens[earlier.start]!.start;
      const earlierEnd = tokens[earlier.end - 1]!.end;
      corrections.push({ said: current.slice(earlierStart, resume), kept });
      // The retraction's own punctuation goes with it ("septante euros… non, nonante" → "nonante euros").
      const between = current.slice(earlierEnd, cut).replace(/[\s.,;:…-]+$/u, '');
      current = `${current.slice(0, earlierStart)}${kept}${between}${current.slice(resume)}`;
      changed = true;
    }
    if (!changed) break;
  }
  return { text: current, corrections };
}
