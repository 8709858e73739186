import { PhraseMatcher } from './phrase-matcher.ts';
import type { ParseState } from './parse-state.ts';
import { passingOnAt } from './quoted-wish.ts';

/**
 * Words saying that what follows was sent by one of the speaker's people, right before them: "Forwarding from my son:",
 * "From my husband (he's at work):", "Passing this on from my dad", "de la part de ma femme :", "message de mon mari :".
 */
const SENT_FROM = new PhraseMatcher([
  {
    phrases: [
      'from', 'forwarded from', 'forwarding from', 'forward from', 'fwd from', 'fw from', 'passing this on from', 'passing on from', 'passed on from', 'message from',
      'text from', 'request from', 'de la part de', 'transfere de', 'transferee de', 'transfere de la part de', 'message de', 'demande de', 'sms de',
      'transmis de la part de',
    ],
  },
]);
/** Marks opening a forwarded message at the start of a request: "(forwarded)", "Fwd:", "[transféré]". */
const FORWARD_MARKS = new PhraseMatcher([{ phrases: ['forwarded', 'fwd', 'fw', 'transfere', 'transferee', 'transfert', 'message transfere'] }]);
/** Third-person pronouns a relayed wish is said with: "my wife says she wants", "mon fils dit qu'il veut". */
const RELAYED_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'they', 'elle', 'il', 'ils', 'elles']);
/** Words between a verb of passing on and the relayed wish: "says that she wants", "me dit qu'elle veut". */
const THAT: ReadonlySet<string> = new Set(['that', 'que', 'qu']);
/** Verbs of wanting in a relayed wish, besides the ones a subject takes directly ("wants", "veut"). */
const WISHING: ReadonlySet<string> = new Set(['wants', 'needs', 'would', 'd', 'wanted', 'needed', 'likes', 'veut', 'voudrait', 'voulait', 'aimerait', 'souhaite', 'souhaiterait', 'a']);
/** How many tokens a bracketed aside after the sender may take ("(he's at work)"). */
const MAX_ASIDE = 8;
const QUOTE_MARKS = /["“”«„‘'‹]/u;

/**
 * The words before the person at `start` … `end` saying the request was sent by them, [start, end) of those words,
 * when their message follows (after a bracketed aside, if any): a colon or a quotation. "Forwarding from my son:
 * "…"" and "de la part de ma femme : …" are; "a present from my son" is not.
 */
export function sentFromBefore(state: ParseState, start: number, end: number): { start: number; end: number } | undefined {
  const { tokens, used, text } = state;
  let lead: { start: number; end: number } | undefined;
  for (let k = Math.max(0, start - 5); k < start && lead === undefined; k++) {
    const match = SENT_FROM.matchAt(tokens, used, k);
    if (match !== undefined && match.end === start) lead = { start: match.start, end: match.end };
  }
  if (lead === undefined) return undefined;
  let next = end;
  if (tokens[next]?.norm === '(') {
    const close = tokens.slice(next, next + MAX_ASIDE + 2).findIndex((t) => t.norm === ')');
    if (close < 0) return undefined;
    next += close + 1;
  }
  if (tokens[next]?.norm === ':' || tokens[next]?.norm === ',') next++;
  const opening = tokens[next];
  const last = tokens[next - 1];
  if (opening === undefined || last === undefined) return undefined;
  return last.norm === ':' || QUOTE_MARKS.test(text.slice(last.end, opening.start)) ? lead : undefined;
}

/**
 * True when the request opens with a mark saying it was forwarded ("(forwarded) girlfriend wants…", "Fwd: mum needs…"):
 * a person named there without "my" is still the speaker's.
 */
export function opensForwarded(state: ParseState): boolean {
  const { tokens, used } = state;
  let k = 0;
  while (tokens[k]?.kind === 'punct') k++;
  return FORWARD_MARKS.matchAt(tokens, used, k) !== undefined;
}

/**
 * The end of a wish relayed for the person ending at `end` ("my wife says she wants", "mon fils m'a dit qu'il
 * voudrait"): a verb of passing on, "that" if said, a pronoun for them and a verb of wanting; undefined otherwise.
 */
export function relayedWishAt(state: ParseState, end: number): number | undefined {
  const { tokens, used } = state;
  const verb = passingOnAt(state, end);
  if (verb === undefined) return undefined;
  let k = verb.end;
  if (tokens[k]?.norm === ',' || tokens[k]?.norm === ':') k++;
  if (THAT.has(tokens[k]?.norm ?? '') && !used[k]) k++;
  if (!RELAYED_SUBJECTS.has(tokens[k]?.norm ?? '') || used[k]) return undefined;
  const wish = tokens[k + 1];
  return wish !== undefined && wish.kind === 'word' && WISHING.has(wish.norm) ? verb.end : undefined;
}

/** Words the forwarding readers know, so typo correction and leftovers leave them alone. */
export const FORWARD_WORDS: readonly string[] = [...SENT_FROM.words(), ...FORWARD_MARKS.words()];
