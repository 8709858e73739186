/**
 * A demand the text itself makes optional or waives: "businesses can enter a VAT number to see prices without it",
 * "no registration is needed to claim", "an account is not required to order". Forced-action cues read the demand
 * and its purpose; this reads the modality around the demand, which they ignore. "You can only … if you register" is
 * not optional: "can" must be followed by the demand itself (not by the benefit: "members can add this to the basket")
 * and not follow "only".
 */
export const WAIVED_DEMAND =
  /\b(?:you\s+)?(?:do not|don'?t|does not|doesn'?t|need not|needn'?t|no need to)\s+(?:(?:need|have)\s+to\s+)?(?:join|register|sign (?:in|up)|log ?in|create an? (?:[a-z]+ )?account|become a member|subscribe|download|install)\b|(?<!\bonly\s(?:[a-z-]+\s){0,3})\b(?:can|may|could|optionally|(?:if|when) you (?:like|wish|want|prefer),?)\s+(?:also\s+|still\s+)?(?:enter|register|sign (?:in|up)|log ?in|create an? (?:[a-z]+ )?account|join|provide|link|connect)\b|\bno\s+(?:[a-z-]+\s+)?(?:registration|account|sign-?up|login|log-in|app|membership|subscription)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)\b|\b(?:registration|an? account|sign-?up|login|the app|membership|a subscription)\s+(?:is\s+)?(?:not|isn'?t|never)\s+(?:needed|required|necessary|mandatory)\b/;
