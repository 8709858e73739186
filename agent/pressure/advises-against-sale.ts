/**
 * A brand (or its agent) advising against its own sale or declining honestly (issue 9 §6): "we'd advise against it",
 * "a salt system would not suit the stone surround", "adding more would save very little", "I can't confirm it will
 * fit — could your user measure the gate?". Addressed to the AI or its person, such text reads to the statistical
 * model like an instruction or a warning, but it steers away from buying or hands a question back: the opposite of
 * injection or fear. It answers only findings that rest on the model alone, so a named cue (an order to the AI, a
 * threat) keeps its weight, and a call to buy in the same text ("… so order the premium one now") keeps every finding.
 */
const ADVICE_AGAINST_THE_SALE =
  /\b(?:we'?d|we would|i'?d|i would|we|i) (?:advise|recommend|suggest) (?:against|not (?:buying|ordering|adding|booking|upgrading))\b|\bwould(?:n'?t| not) (?:suit|fit|be (?:worth|needed|necessary|suitable))\b|\b(?:would|will) (?:save|add|gain|change) (?:very )?little\b|\b(?:i|we) (?:can'?t|cannot|can not) (?:confirm|promise|guarantee|tell)\b|\bcould (?:your|the) (?:user|principal|client|customer|buyer|person) (?:measure|check|confirm|send|tell|photograph|let us know)\b/;
/** A call to buy: with it, the advice is a sales pitch ("X would not suit you, so take our premium kit today"). */
const CALL_TO_BUY = /!|\b(?:buy|order|book|upgrade|add|get|grab|take|choose|pick) (?:it|one|ours|our|the (?:premium|pro|deluxe|upgrade)|now|today|yours)\b|\bnow\b/;

/** Whether the (normalised) text advises against the sale or declines honestly, with no call to buy. */
export function advisesAgainstSale(text: string): boolean {
  return ADVICE_AGAINST_THE_SALE.test(text) && !CALL_TO_BUY.test(text);
}
