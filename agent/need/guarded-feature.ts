import { consume, setAsSaid, type ParseState } from './parse-state.ts';
import { NEGATION_MARKERS } from './negation-words.ts';

/** A yes/no feature as its name tells it: what it keeps out or takes away ("waterproof": water). */
export interface GuardFeature {
  readonly name: string;
  readonly type: string;
  readonly labels?: { readonly en: string } | undefined;
}

/** Endings and words that make a feature's name a protection against the noun before them. */
const GUARD_SUFFIX = /^(\p{L}{3,})proof$/u;
const GUARD_NAME_WORDS: ReadonlySet<string> = new Set(['cancelling', 'canceling', 'cancellation', 'resistant', 'repellent', 'blocking', 'proof']);
/**
 * Words that say something is kept out or taken away: "keep the water out", "blocks the engine noise", "cuts out
 * noise", "something against the wind". Said within a few words of what a feature protects from, they ask for it.
 */
const GUARD_WORDS: ReadonlySet<string> = new Set([
  'block', 'blocks', 'blocking', 'stop', 'stops', 'stopping', 'cancel', 'cancels', 'cancelling', 'canceling', 'repel', 'repels', 'resist', 'resists', 'against', 'out',
  'bloque', 'bloquent', 'bloquer', 'coupe', 'coupent', 'couper', 'contre',
]);
/** How many words may stand between the guard word and what it keeps out. */
const REACH = 3;

/** What a feature protects from, by its name or English label ("waterproof" → water, "noise_cancelling" → noise). */
export function guardedNounOf(feature: GuardFeature): string | undefined {
  for (const text of [feature.name.replace(/_/g, ' '), feature.labels?.en ?? '']) {
    const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
    for (const [k, w] of words.entries()) {
      const compound = GUARD_SUFFIX.exec(w);
      if (compound) return compound[1];
      if (k > 0 && GUARD_NAME_WORDS.has(w) && words[k - 1]!.length >= 3) return words[k - 1];
    }
  }
  return undefined;
}

const sameNoun = (word: string, noun: string): boolean => word === noun || word === `${noun}s` || word === `${noun}es`;

/**
 * A yes/no feature asked for by what it keeps out rather than by its name: "trail shoes that keep the water out" are
 * waterproof, "the kind that blocks the engine noise" noise cancelling. The noun comes from the feature's own name
 * (so any feature named "<x>proof", "<x> cancelling", "<x> resistant" is read the same way); the guard word and the
 * noun must be said within a few words of each other in one clause, not negated, and the feature not yet ruled on.
 */
export function extractGuardedFeatures(state: ParseState, features: readonly GuardFeature[]): void {
  const { tokens, used, draft } = state;
  for (const feature of features) {
    if (feature.type !== 'boolean') continue;
    // A hint ("for long flights" hints noise cancelling) does not stop the feature being asked for plainly.
    if (draft.hard.some((c) => c.attribute === feature.name)) continue;
    const noun = guardedNounOf(feature);
    if (noun === undefined) continue;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (used[i] || token.kind !== 'word' || !sameNoun(token.norm, noun)) continue;
      let guard: number | undefined;
      for (const direction of [-1, 1]) {
        for (let d = 1; d <= REACH && guard === undefined; d++) {
          const k = i + direction * d;
          const t = tokens[k];
          if (t === undefined || t.kind === 'punct') break;
          if (!used[k] && t.kind === 'word' && GUARD_WORDS.has(t.norm)) guard = k;
        }
      }
      if (guard === undefined) continue;
      const from = Math.min(i, guard);
      if (tokens.slice(Math.max(0, from - 3), from).some((t) => NEGATION_MARKERS.has(t.norm))) break;
      setAsSaid(state, i, { attribute: feature.name, op: 'eq', value: true }, { attribute: feature.name, direction: 'equals', value: true, weight: 0.6 });
      consume(state, i, i + 1);
      consume(state, guard, guard + 1);
      break;
    }
  }
}
