import { consume, setAsSaid, type ParseState } from './parse-state.ts';
import type { GuardFeature } from './guarded-feature.ts';
import { NEGATION_MARKERS } from './negation-words.ts';

/** Words that offer the word beside them as one of several ("wired or wireless"). */
const ALTERNATIVES: ReadonlySet<string> = new Set(['or', 'ou']);
const WITH: ReadonlySet<string> = new Set(['with', 'avec']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une']);

/** What a feature named "<x>less" goes without ("wireless": wire, "cordless": cord, "bagless": bag). */
export function lackedNounOf(feature: GuardFeature): string | undefined {
  for (const text of [feature.name, feature.labels?.en ?? '']) {
    const m = /^([a-z]{3,})less$/.exec(text.toLowerCase().trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The opposite of a "<x>less" feature said plainly: "wired headphones" are not wireless, "a corded drill" not
 * cordless, "a vacuum with a bag" not bagless. Read from the feature's own name, so every such feature reads the same
 * way. It is the person's word for the product they want, so it replaces a reading of the bare feature word said
 * elsewhere ("he breaks every wireless pair"); negated ("not wired") or offered as one of two ("wired or wireless")
 * it says nothing.
 */
export function extractPrivativeOpposites(state: ParseState, features: readonly GuardFeature[]): void {
  const { tokens } = state;
  for (const feature of features) {
    if (feature.type !== 'boolean') continue;
    const noun = lackedNounOf(feature);
    if (noun === undefined) continue;
    const adjectives = new Set([`${noun}d`, `${noun}ed`, `${noun}${noun.at(-1)}ed`]);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      // The words may have been read already (by a lexicon, or "a bag" as a count); they are read again here so
      // they win over a bare feature word said elsewhere.
      const adjective = adjectives.has(token.norm);
      const withIt = (token.norm === noun || token.norm === `${noun}s`) && (WITH.has(tokens[i - 1]?.norm ?? '') || (ARTICLES.has(tokens[i - 1]?.norm ?? '') && WITH.has(tokens[i - 2]?.norm ?? '')));
      if (!adjective && !withIt) continue;
      const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.norm);
      if (before.some((w) => NEGATION_MARKERS.has(w)) || ALTERNATIVES.has(tokens[i + 1]?.norm ?? '') || ALTERNATIVES.has(tokens[i - 1]?.norm ?? '')) continue;
      setAsSaid(state, i, { attribute: feature.name, op: 'eq', value: false }, { attribute: feature.name, direction: 'equals', value: false, weight: 0.6 });
      consume(state, i, i + 1);
      break;
    }
  }
}
