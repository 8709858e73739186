/**
 * A confirm-shaming cue is a decline written in the buyer's voice ("No thanks, I'd rather pay full price"). A clause
 * whose first-person act is selling, recommending or offering something to the reader is the seller speaking ("I would
 * rather not sell it to you", "I'd rather not recommend this to you"): a brand declining a sale, not a label that
 * shames the buyer for declining.
 */
export const SELLER_DECLINES = /\b(?:sell|recommend|offer|suggest|push|upsell)(?:ing)?\s+(?:(?:it|this|that|them|one|anything|something)\s+)?(?:to\s+)?you\b/;
