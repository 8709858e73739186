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

/**
 * The currency a money word stands for in this message: French "balles" is slang for whatever the country pays in, so
 * Swiss francs in a Swiss message (euros elsewhere); "$", "dollars" and "bucks" are Canadian dollars in a message set
 * in Canada. Any other word keeps the code it names.
 */
export function regionalCurrency(word: string, code: string, tokens: readonly Token[]): string {
  const says = (words: ReadonlySet<string>): boolean => tokens.some((t) => t.kind === 'word' && words.has(t.norm));
  if (word === 'balles' && code === 'EUR' && says(SWISS_WORDS)) return 'CHF';
  if (code === 'USD' && ['$', 'dollar', 'dollars', 'buck', 'bucks'].includes(word) && says(CANADIAN_WORDS)) return 'CAD';
  return code;
}
