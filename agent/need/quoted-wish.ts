import { PhraseMatcher } from './phrase-matcher.ts';
import type { ParseState } from './parse-state.ts';

/** Verbs that pass on someone's own words: "my wife wrote:", "ma mère m'a écrit", "mon frère m'a envoyé". */
const PASSING_ON = new PhraseMatcher([
  {
    phrases: [
      'wrote', 'writes', 'wrote to me', 'says', 'said', 'sent', 'sent me', 'texted', 'texted me', 'messaged', 'messaged me', 'emailed', 'emailed me', 'asked',
      'asks', 'told me', 'tells me', 'm a ecrit', 'a ecrit', 'm ecrit', 'ecrit', 'me dit', 'm a dit', 'dit', 'm a envoye', 'a envoye', 'm envoie',
      'me demande', 'm a demande', 'demande',
    ],
  },
]);
/** What opens a quotation: the marks people type, and ":" before them. */
const QUOTE_MARKS = /["“”«„‘'‹]/u;
/**
 * Words opening advice given to the speaker ("get one that folds", "prends une Moulinex", "go QHD"): the writer
 * recommends, they are not asking for the product themselves.
 */
const ADVICE_OPENERS: ReadonlySet<string> = new Set([
  'get', 'buy', 'go', 'take', 'pick', 'choose', 'avoid', 'try', 'look', 'check', 'prends', 'prenez', 'achete', 'achetez', 'choisis', 'choisissez', 'evite',
  'evitez', 'va', 'allez', 'essaie', 'essaye', 'essayez', 'regarde', 'regardez',
]);

/**
 * The speaker's person whose own words follow them, quoted ("My wife wrote: "road shoes, UK 6…"", "ma mère m'a écrit
 * « une bouilloire… »"): the tokens of the verb passing the words on, [start, end), when the person ending at `end`
 * asks for the product in them; undefined when no quotation follows or it opens with advice to the speaker.
 */
export function quotedWishAfter(state: ParseState, end: number): { start: number; end: number } | undefined {
  const { tokens, text } = state;
  const verb = passingOnAt(state, end);
  if (verb === undefined) return undefined;
  let next = verb.end;
  if (tokens[next]?.norm === ':') next++;
  const opening = tokens[next];
  const last = tokens[next - 1];
  if (opening === undefined || last === undefined || !QUOTE_MARKS.test(text.slice(last.end, opening.start))) return undefined;
  if (isAdviceAt(state, next)) return undefined;
  return { start: verb.start, end: verb.end };
}

/** Objects after a verb of buying that make it the writer's own ask ("get me", "buy us", "prends-moi"), not advice. */
const FOR_THE_WRITER: ReadonlySet<string> = new Set(['me', 'us', 'moi', 'nous']);

/**
 * True when the quoted words at `index` open with advice to the speaker ("get one that folds", "prends une Moulinex"),
 * not with the writer asking for themselves ("get me a monitor", "achète-moi").
 */
export function isAdviceAt(state: ParseState, index: number): boolean {
  const opening = state.tokens[index];
  return opening !== undefined && opening.kind === 'word' && ADVICE_OPENERS.has(opening.norm) && !FOR_THE_WRITER.has(state.tokens[index + 1]?.norm ?? '');
}

/** The verb passing on someone's words at `index` ("says", "wrote", "m'a écrit"), [start, end), if one is there. */
export function passingOnAt(state: ParseState, index: number): { start: number; end: number } | undefined {
  const verb = PASSING_ON.matchAt(state.tokens, state.used, index);
  return verb === undefined ? undefined : { start: verb.start, end: verb.end };
}
