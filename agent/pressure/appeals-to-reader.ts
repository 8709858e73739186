import { NON_ENGLISH_CUE } from './patterns/tactic-pattern.ts';

/**
 * Signs that a text asks something of its reader rather than stating a fact: an exclamation, the reader addressed
 * ("you", "your"), a sentence that opens on an order ("Buy", "Book", "Grab", "Don't"), a call on time ("now", "today",
 * "hurry", "soon", "before it's gone"), or an intensifier that frames a figure as a chance slipping away ("only",
 * "just", "almost", "selling fast").
 */
const APPEAL =
  /!|\b(?:you|your|yours|you'(?:ll|re|ve|d))\b|(?:^|[.?;:]\s+|\n)\W*(?:buy|order|book|grab|get|shop|hurry|act|claim|reserve|secure|snap|add|join|sign|subscribe|try|don'?t|do not|be quick|catch|treat|save|pick|choose|check ?out|see|discover|last|final)\b|\b(?:now|today|tonight|hurry|soon|quick(?:ly)?|fast|before (?:it'?s|they'?re|they are|it is) gone|while you can|last chance|don'?t miss|miss out|only|just|almost|nearly|going|selling|gone|few|limited time|act)\b/;

/**
 * Whether a text (normalised) asks something of the reader. Text in another supported language is taken to ask,
 * since the signs above are English.
 */
export function appealsToReader(text: string): boolean {
  return APPEAL.test(text) || NON_ENGLISH_CUE.test(text);
}
