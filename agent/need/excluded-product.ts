import { STOPWORDS } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { NEGATION_WORDS } from './negation-words.ts';

/** Determiners between the negation and what it excludes ("not a", "pas de", "pas en"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'some', 'un', 'une', 'de', 'd', 'du', 'des', 'le', 'la', 'les', 'l', 'en']);
/** Most content words one exclusion covers ("a 3-hour strategy slog"). */
const MAX_EXCLUDED_WORDS = 4;

/** True when only a hyphen joins the two tokens ("full-on", "over-the-ear", "non-stick"). */
const hyphenated = (text: string, left: Token, right: Token): boolean => /^[-‐‑]$/.test(text.slice(left.end, right.start));

/**
 * Positions of the words a negation says the product is not: "something with two wheels, not a scooter", "has GPS but
 * isn't a full-on watch", "no pods and no capsules", "not black". What is excluded names no product to buy, so the
 * category readers skip it (the constraint readers still read it as an exclusion). A capitalised name right after the
 * negation is the excluded maker, and the noun after it stays the product ("not Sony earbuds"); a negation glued to
 * its word by a hyphen is a prefix, not an exclusion ("non-stick", "no-frills"); a negated verb excludes nothing here
 * ("I do not want to spend more than 50 € on a kettle").
 */
export function excludedPositions(tokens: readonly Token[], text: string): ReadonlySet<number> {
  const positions = new Set<number>();
  for (let n = 0; n < tokens.length; n++) {
    const trigger = tokens[n]!;
    if (trigger.kind !== 'word' || !NEGATION_WORDS.has(trigger.norm)) continue;
    const next = tokens[n + 1];
    if (next === undefined || hyphenated(text, trigger, next)) continue;
    let k = n + 1;
    while (k < tokens.length && tokens[k]!.kind === 'word' && DETERMINERS.has(tokens[k]!.norm)) k++;
    let words = 0;
    for (; k < tokens.length && words < MAX_EXCLUDED_WORDS; k++) {
      const token = tokens[k]!;
      const joined = k > n + 1 && hyphenated(text, tokens[k - 1]!, token);
      if (token.kind === 'number' && joined) continue;
      if (token.kind === 'number' && tokens[k + 1] !== undefined && hyphenated(text, token, tokens[k + 1]!)) continue;
      if (token.kind !== 'word' || (STOPWORDS.has(token.norm) && !joined) || NEGATION_WORDS.has(token.norm)) break;
      positions.add(k);
      words++;
      // "not Sony earbuds": the maker is excluded, the earbuds are still the product.
      if (token.capitalized && k > 0 && !(tokens[k + 1] !== undefined && hyphenated(text, token, tokens[k + 1]!))) break;
    }
  }
  return positions;
}
