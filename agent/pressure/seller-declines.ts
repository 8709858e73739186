/**
 * A confirm-shaming cue is a decline written in the buyer's voice ("No thanks, I'd rather pay full price"). A seller
 * saying, in the first person, that it would rather not (or will not) sell or recommend something to the reader is a
 * brand declining a sale or a service of its own ("I would rather not sell it to you", "I'd rather not ship abroad", "we
 * won't recommend this one for you"), not a label that
 * shames the buyer for declining. Only a refusal to sell counts: "can we offer you 10 % off?" beside a shaming opt-out
 * is no decline, and the opt-out keeps its finding.
 */
export const SELLER_DECLINES =
  /\b(?:i|we)\s*(?:'d|’d|\s+would)\s+rather\s+not\s+(?:sell|recommend|suggest|offer|ship|post|send|deliver|mail|courier|reserve|hold|swap|trade|haggle|negotiate|split|part\s+with)\b|\b(?:i|we)\s+(?:won't|won’t|will\s+not|can't|can’t|cannot|don't\s+want\s+to|do\s+not\s+want\s+to|should\s+not|shouldn't)\s+(?:sell|recommend)\b/i;
