import { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/**
 * Words that say what a product is sold for, not what the person will pay: "RRP is €800", "it lists at 550", "shops
 * ask 300", "list price 499", "prix conseillé 500 €". The figure after them is the seller's price, never the budget
 * ("RRP is €800 but … cap it at 650": 650 is), unless the person takes it as theirs (`acceptedAt`). A relative clause
 * describing the product wanted ("a kettle that sells for 40", "un casque vendu 100 €") is no seller's price.
 */
const LIST_PRICE = new PhraseMatcher([
  {
    phrases: [
      'rrp', 'rrp is', 'rrp of', 'msrp', 'msrp is', 'msrp of', 'list price', 'list price is', 'list price of', 'lists at', 'lists for', 'listed at', 'listed for',
      'retails at', 'retails for', 'retail price', 'retail price is', 'shops ask', 'stores ask', 'shops charge', 'stores charge', 'shops want', 'shops sell it for',
      'it sells for', 'they sell for', 'usually costs', 'normally costs', 'usually sells for', 'normally sells for', 'full price is', 'full price of',
      'prix conseille', 'prix conseille de', 'prix de vente conseille', 'prix public', 'prix catalogue',
    ],
  },
]);

/**
 * Words by which the person takes the seller's figure said just before as what they will pay: "RRP £80 is fine with
 * me", "shops ask 300 and I'll pay that", "shops ask 300; my limit is that too". Only said right after the figure;
 * "is that fine?", "isn't fine", "that's his max" are not.
 */
const ACCEPTED = new PhraseMatcher([
  {
    phrases: [
      'is fine', 'is fine with me', 'is fine by me', 'is ok', 'is okay', 'is ok with me', 'is okay with me', 'suits me', 'works for me',
      'that s fine', 'and that s fine', 'that s ok', 'and that s ok', 'i ll pay that', 'and i ll pay that', 'i will pay that', 'and i will pay that', 'i d pay that', 'i can pay that', 'i m happy to pay that',
      // "shops ask 300; my limit is that too", "the RRP is 300 which is my max": the person's own limit is the figure.
      'my limit is that', 'my limit is that too', 'my max is that', 'my max is that too', 'my budget is that', 'my budget is that too',
      'that s my max', 'that s my max too', 'that s my limit', 'that s my limit too', 'that s my budget', 'that s my budget too', 'that s my maximum',
      'which is my max', 'which is my limit', 'which is my budget', 'which is my maximum', 'that is my max', 'that is my limit', 'that is my budget',
      'c est mon max', 'c est aussi mon max', 'c est mon budget', 'c est aussi mon budget', 'c est mon plafond', 'qui est mon max', 'qui est mon budget',
      'ca me va', 'ca me convient', 'me va', 'me convient', 'c est bon pour moi', 'je suis pret a payer ca', 'je paierai ca', 'et je paierai ca',
    ],
  },
]);

/** Where the words naming a seller's price starting at `index` end, or undefined when none starts there. */
export function listPriceEnd(tokens: readonly Token[], used: readonly boolean[], index: number): number | undefined {
  return LIST_PRICE.matchAt(tokens, used, index)?.end;
}

/** Where words taking the figure that ends at `index` as acceptable end (punctuation may come between), or undefined. */
export function acceptedAt(tokens: readonly Token[], used: readonly boolean[], index: number): number | undefined {
  let i = index;
  // "shops ask 300; my limit is that too": the next clause may accept it, past a semicolon, not a sentence's end.
  while (tokens[i]?.kind === 'punct' && !['.', '?', '!'].includes(tokens[i]!.norm)) i++;
  const match = ACCEPTED.matchAt(tokens, used, i);
  // "is fine?" asks; it does not accept.
  return match === undefined || tokens[match.end]?.norm === '?' ? undefined : match.end;
}

/** Words the list-price reader uses, for typo correction and leftovers. */
export const LIST_PRICE_WORDS: readonly string[] = [...LIST_PRICE.words(), ...ACCEPTED.words()];
