import { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/**
 * Words that say what a product is sold for, not what the person will pay: "RRP is €800", "it lists at 550", "shops
 * ask 300", "list price 499", "prix conseillé 500 €". The figure after them is the seller's price, never the budget
 * ("RRP is €800 but … cap it at 650": 650 is).
 */
const LIST_PRICE = new PhraseMatcher([
  {
    phrases: [
      'rrp', 'rrp is', 'rrp of', 'msrp', 'msrp is', 'msrp of', 'list price', 'list price is', 'list price of', 'lists at', 'lists for', 'listed at', 'listed for',
      'retails at', 'retails for', 'retail price', 'retail price is', 'shops ask', 'stores ask', 'shops charge', 'stores charge', 'shops want', 'shops sell it for',
      'it sells for', 'they sell for', 'sells for', 'usually costs', 'normally costs', 'usually sells for', 'normally sells for', 'full price is', 'full price of',
      'prix conseille', 'prix conseille de', 'prix de vente conseille', 'prix public', 'prix catalogue', 'vendu', 'se vend',
    ],
  },
]);

/** Where the words naming a seller's price starting at `index` end, or undefined when none starts there. */
export function listPriceEnd(tokens: readonly Token[], used: readonly boolean[], index: number): number | undefined {
  return LIST_PRICE.matchAt(tokens, used, index)?.end;
}

/** Words the list-price reader uses, for typo correction and leftovers. */
export const LIST_PRICE_WORDS: readonly string[] = [...LIST_PRICE.words()];
