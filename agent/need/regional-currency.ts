import type { Token } from './tokenize.ts';

/**
 * Words that place a message in Switzerland (normalised): the country's names, and Swiss French words no other French
 * says — "natel" (a mobile phone, Swisscom's former brand become the common noun), "huitante" (eighty; Belgian French
 * says "quatre-vingts"), the greeting "grüezi" (their entries in fr.wiktionary.org, marked Swiss usage).
 */
const SWISS_WORDS: ReadonlySet<string> = new Set(['suisse', 'swiss', 'switzerland', 'schweiz', 'natel', 'huitante', 'gruezi', 'chf']);
/**
 * Words that place a message in Canada: the country's and Québec's names and "piasse"/"piastre", Québec French for a
 * dollar (fr.wiktionary.org "piasse").
 */
const CANADIAN_WORDS: ReadonlySet<string> = new Set(['canada', 'quebec', 'montreal', 'canadian', 'canadien', 'canadienne', 'canadiens', 'piasse', 'piasses', 'piastre', 'piastres']);

/** Where a message is set, read once per token list: every money word of a long message asks again (review40c). */
interface MessageRegion {
  readonly swiss: boolean;
  readonly canadian: boolean;
}
const regionOf = new WeakMap<readonly Token[], MessageRegion>();

function messageRegion(tokens: readonly Token[]): MessageRegion {
  const known = regionOf.get(tokens);
  if (known !== undefined) return known;
  let swiss = false;
  let canadian = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    swiss ||= SWISS_WORDS.has(t.norm);
    canadian ||= CANADIAN_WORDS.has(t.norm);
  }
  const region = { swiss, canadian };
  regionOf.set(tokens, region);
  return region;
}

/**
 * The currency a money word stands for in this message: French "balles" is slang for whatever the country pays in, so
 * Swiss francs in a Swiss message (euros elsewhere); "$", "dollars" and "bucks" are Canadian dollars in a message set
 * in Canada. Any other word keeps the code it names. The token list is read as given once (it is never changed after
 * tokenizing), so a message of 4,000 "$" costs one pass, not one per "$".
 */
export function regionalCurrency(word: string, code: string, tokens: readonly Token[]): string {
  if (word === 'balles' && code === 'EUR' && messageRegion(tokens).swiss) return 'CHF';
  if (code === 'USD' && ['$', 'dollar', 'dollars', 'buck', 'bucks'].includes(word) && messageRegion(tokens).canadian) return 'CAD';
  return code;
}
