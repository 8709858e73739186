import { isClauseBoundary } from './clause-modality.ts';
import type { ParseState } from './parse-state.ts';
import type { Token } from './tokenize.ts';

/** Subjects that are the person's own thing by themselves: "mine is 3 kg", "ours was 1 litre". */
const OWN_PRONOUNS: ReadonlySet<string> = new Set(['mine', 'ours']);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);
/** Words that make "my … " the thing already had, not a place or a person it is for ("my old one", "our current kettle"). */
const HAD_WORDS: ReadonlySet<string> = new Set(['old', 'current', 'present', 'existing', 'previous', 'last', 'former', 'one']);
/** Pronouns that may stand for that thing in the next clause ("quieter than my old one (it's 78 dB)"). */
const BACK_POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'which']);
/** Verbs that say what the thing measures ("is", "weighs", "lasts"). */
const MEASURING_VERBS: ReadonlySet<string> = new Set(['is', 's', 'was', 'weighs', 'weighed', 'measures', 'measured', 'has', 'had', 'does', 'did', 'makes', 'made', 'runs', 'ran', 'lasts', 'lasted', 'gets', 'got', 'reaches', 'holds', 'held']);
/** Words that open a clause without being its subject ("and mine is …", "since ours was …"). */
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'since', 'as', 'because', 'while', 'whereas', 'though']);
/** Words after the figure that start another thought ("mine is 3 kg and I want …"). */
const THOUGHT_ENDS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'which', 'while', 'whereas', 'yet', 'then']);
/** Words after "same" that make the owned figure the one wanted: "the same weight", "the same size as mine". */
const SAME_MEASURES: ReadonlySet<string> = new Set(['weight', 'size', 'capacity', 'volume', 'length', 'height', 'width', 'depth', 'power', 'wattage', 'figure', 'measure', 'measurements', 'dimensions', 'as', 'one', 'again']);

/** True when tokens [from, to) wish for the owned thing's measure again: "I want the same weight", "same as mine", "the same". */
function wantsSameMeasure(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.norm !== 'same') continue;
    const next = tokens[k + 1];
    if (k + 1 >= to || next === undefined || next.kind !== 'word' || SAME_MEASURES.has(next.norm)) return true;
  }
  return false;
}

/** Most words between "my" and its verb ("my old Dyson V8 is"). */
const SUBJECT_REACH = 4;

/** True when `tokens[from..]` names the person's own thing and a measuring verb follows: returns the verb's index. */
function ownedSubjectVerb(tokens: readonly Token[], from: number, end: number, ownedBefore: boolean): number | undefined {
  const first = tokens[from];
  if (first === undefined || first.kind !== 'word') return undefined;
  const verbAt = (k: number): number | undefined => (k < end && tokens[k]!.kind === 'word' && MEASURING_VERBS.has(tokens[k]!.norm) ? k : undefined);
  if (OWN_PRONOUNS.has(first.norm)) return verbAt(from + 1);
  if (BACK_POINTERS.has(first.norm)) return ownedBefore ? verbAt(from + 1) : undefined;
  if (!POSSESSIVES.has(first.norm)) return undefined;
  let had = false;
  for (let k = from + 1; k < end && k <= from + SUBJECT_REACH; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return undefined;
    if (MEASURING_VERBS.has(token.norm)) return had ? k : undefined;
    if (HAD_WORDS.has(token.norm)) had = true;
  }
  return undefined;
}

/** True when the words name the person's own thing: "mine", "my old …", "than my …". */
function namesOwned(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (OWN_PRONOUNS.has(norm)) return true;
    if (POSSESSIVES.has(norm) && (tokens[k - 1]?.norm === 'than' || HAD_WORDS.has(tokens[k + 1]?.norm ?? '') || HAD_WORDS.has(tokens[k + 2]?.norm ?? ''))) return true;
  }
  return false;
}

/**
 * Figures said of what the person already has: "like my old Dyson but lighter, mine is 3 kg", "quieter than my old
 * washing machine (it's 78 dB on the spin!)", "my current one weighs 3 kg". The figure measures the thing compared
 * with, not the one wanted, so it is no wish for that value: the clause is explained here (its tokens marked used)
 * and the comparison said around it ("lighter", "quieter") is what the readers after this one take. A clause counts
 * when it opens with "mine"/"ours", with "my/our" and a word of having had it ("old", "current", "one") before a
 * measuring verb, or with "it"/"that" and a measuring verb right after a clause that named such a thing. A sentence
 * that wishes for the same measure again ("mine is 3 kg and I want the same weight") keeps the figure as the wish.
 */
export function markOwnedMeasures(state: ParseState): void {
  const { tokens, used } = state;
  let clauseStart = 0;
  let sentenceStart = 0;
  let sentenceEnd = -1;
  for (let k = 0; k <= tokens.length; k++) {
    if (k > sentenceEnd) {
      sentenceEnd = k;
      while (sentenceEnd < tokens.length && !['.', '!', '?'].includes(tokens[sentenceEnd]!.norm)) sentenceEnd++;
    }
    const token = tokens[k];
    if (token !== undefined && !isClauseBoundary(token)) continue;
    let from = clauseStart;
    while (from < k && tokens[from]!.kind === 'word' && OPENERS.has(tokens[from]!.norm)) from++;
    const verb = ownedSubjectVerb(tokens, from, k, namesOwned(tokens, sentenceStart, clauseStart));
    // "mine is 3 kg and I want the same weight": the owned figure is the one wished for, read as said.
    if (verb !== undefined && !wantsSameMeasure(tokens, verb + 1, sentenceEnd)) markFigureClause(tokens, used, from, k);
    clauseStart = k + 1;
    if (token !== undefined && ['.', '!', '?'].includes(token.norm)) sentenceStart = k + 1;
  }
}

/** Marks the clause [from, end) as explained, up to the word after its first figure that starts another thought. */
function markFigureClause(tokens: readonly Token[], used: boolean[], from: number, end: number): void {
  const figureAt = tokens.slice(from, end).findIndex((t) => t.kind === 'number');
  if (figureAt < 0) return;
  let stop = end;
  for (let k = from + figureAt + 1; k < end; k++) {
    if (tokens[k]!.kind === 'word' && THOUGHT_ENDS.has(tokens[k]!.norm)) {
      stop = k;
      break;
    }
  }
  for (let k = from; k < stop; k++) used[k] = true;
}
