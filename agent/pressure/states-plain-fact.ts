import { NON_ENGLISH_CUE } from './patterns/tactic-pattern.ts';

/**
 * A text that appeals to the reader: an exclamation, a call to act now or soon, an intensifier that frames a figure
 * as little or last ("only", "just", "few", "almost"), loss framing ("miss", "gone", "too late", "regret"), other
 * buyers watching or buying, an order to take or secure. Its absence marks a plain statement of fact (a count, a date, a
 * capacity, a term) stated once: the shape honest shops print every day.
 */
export const APPEALS_TO_READER = new RegExp(
  "!|\\b(?:now(?!\\s+(?:in|available|with|comes?|also|offered|made|stocked)\\b)|today|tonight|hurry|quick(?:ly)?|fast|soon|gone|too late|last chance|final|while you can|don'?t (?:wait|miss|delay|hesitate)|do not (?:wait|miss|delay|hesitate)|miss(?:ing)? out|won'?t last|sell(?:ing|s)? out|running out|(?<!-)only(?!-)|just|few|almost|nearly|grab|get yours|claim|secure|snap|act|everyone|watching|viewing|looking at|in (?:their|other people'?s) (?:carts?|baskets?)|regret|lose|chance|before (?:it|they|the (?:offer|deal|sale|price))|hot|trending|selling)\\b",
);

/**
 * Whether a normalised text states its figures and terms plainly, appealing to nobody (see APPEALS_TO_READER). The
 * appeals are English words, so a text that may be in another supported language (NON_ENGLISH_CUE) is never plain.
 */
export function statesPlainFact(text: string): boolean {
  return !APPEALS_TO_READER.test(text) && !NON_ENGLISH_CUE.test(text);
}
