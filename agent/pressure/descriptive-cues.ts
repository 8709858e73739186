import { cueContext } from './cue-context.ts';
import type { PatternHit } from './match-patterns.ts';

/**
 * Routine cues that state a fact about the product or the shop's range rather than about the reader's chance to buy:
 * an edition or batch size ("limited to 500 copies", "limited release"), a restock policy ("won't be restocked"),
 * "while stocks last", a ranking in the shop's own range ("our best-selling serum", "a customer favourite since 2009").
 * Shops print these as information every day; they press only when the text also presses the reader (an exclamation,
 * "hurry", "only", "left", "grab yours", "before they're gone", "you") or when the cue is the whole message (a badge
 * or slogan: "Bestseller", "Available while stocks last", "Limited-edition box, 250 units").
 */
export const DESCRIPTIVE_CUES: ReadonlySet<string> = new Set([
  'scarcity.very-limited',
  'scarcity.limited-stock',
  'scarcity.no-restock',
  'scarcity.while-supplies-last',
  'scarcity.stock-is-limited',
  'social-proof.bestseller',
  'social-proof.favourite',
]);

/**
 * Signs that a segment presses the reader rather than informs: urgency words, "only/left", orders to grab, the reader
 * addressed. "Now in a firmer version", "now available in oak" is news about the range, not a call to act now.
 */
export const PRESSES_READER =
  /!|\b(?:now(?!\s+(?:in|available|with|comes?|also|offered|made|stocked)\b)|today|tonight|hurry|last chance|don'?t (?:miss|wait)|miss out|soon|quick(?:ly)?|fast|final|only|just|left|remaining|grab|get yours|act|you|your|yours)\b/;

/**
 * Whether every hit of a tactic in a segment is a descriptive cue stated inside an informative sentence that does not
 * press the reader: then the cue is information, not pressure (see DESCRIPTIVE_CUES).
 */
export function isDescriptiveStatement(segment: string, hits: readonly PatternHit[]): boolean {
  if (hits.length === 0 || !hits.every((hit) => DESCRIPTIVE_CUES.has(hit.patternId))) return false;
  if (PRESSES_READER.test(segment)) return false;
  // Enough words around the cue (once its hits are blanked) to make an informative sentence of it.
  return cueContext(segment, hits) !== undefined;
}

/**
 * A cost the clause itself says is not charged: "service charge is not added to bills", "a card surcharge does not
 * apply", "no booking fee is taken", "it
 * does not renew automatically". The sneaking patterns look for negation before a cost word; this reads the negated
 * verb after it.
 */
export const NEGATED_CHARGE =
  /\b(?:fees?|charges?|surcharges?|lev(?:y|ies)|supplements?)\b[^.!?;\n]{0,25}?\b(?:(?:is|are|will be|gets?|get)\s+(?:not|never)|isn'?t|aren'?t|won'?t be|never)\s+(?:added|charged|applied|taken|collected|billed)\b|\b(?:fees?|charges?|surcharges?|lev(?:y|ies)|supplements?)\b[^.!?;\n]{0,25}?\b(?:(?:does|do|will) not|doesn'?t|don'?t|won'?t|never) apply\b|\b(?:does not|doesn'?t|do not|don'?t|will not|won'?t|never|is not|isn'?t|are not|aren'?t)\s+(?:be\s+)?(?:(?:auto-?)?renew(?:s|ed)?|convert(?:s|ed)?(?: (?:automatically|to (?:a )?paid))?)\b|\bno (?:automatic|auto-?) ?renewal\b/;

/**
 * A cost that follows from the buyer's own request or choice ("pets allowed on request; a cleaning fee applies",
 * "groups of eight or more: a service charge is added", "if you bring a bike, a £5 fee applies", "an admin fee for
 * changing the name on a booking", "a fee for paper invoices", "a bag charge applies unless you choose bagless
 * delivery", "€29 per consultation, charged only if a doctor reviews it", "please empty the tank before return; otherwise
 * a £90 cleaning fee applies"): the buyer opts into
 * it, so a named fee is a term of that option, not a cost slipped into the order. Read once per text, since the
 * condition often sits in the previous clause.
 */
export const COST_ON_BUYERS_CHOICE =
  /\b(?:on|upon|at your) request\b|\bif (?:you|requested)\b[^.!?\n]{0,12}?\b(?:choose|want|wish|bring|request|add|need|prefer|opt|book|travel|select|ask)\b|\b(?:groups?|parties|bookings?|tables?|orders?) of (?:[a-z]+|\d+) (?:or more|and over|or over)\b|\b(?:full[- ]to[- ]full|(?:collect|pick (?:it )?up)[^.!?;\n]{0,25}?\breturn (?:it )?full)\b|\bunless you (?:choose|opt for|select|pick|ask for|request|prefer|bring|use|supply|provide)\b|\b(?:charged|payable|billed|due|paid) only (?:if|when|once)\b|\blate[- ](?:payment|return|fees?|charges?|interest)\b|\bif (?:you pay|payment is|payments are) late\b|\b(?:required|set|fixed) by law\b|\bas (?:set out|stated|agreed|listed|shown|specified) in (?:your|the) (?:[a-z]+ )?(?:agreement|contract|terms|fee table|price list|tariff|schedule)\b|\bstatutory\b|\botherwise,? (?:(?:an?|the|our) )?(?:[£$€]\s?\d[\d.,]*\s)?(?:[a-z]+ )?(?:fee|charge|surcharge)s?\b|\bif (?:it is|it'?s|they are|they'?re|the [a-z]+ (?:is|are)) (?:returned |handed back |left )?(?:dirty|damaged|late|unclean|not (?:clean|empty|emptied|returned))\b|\bfor (?:changing|changes to|amending|amendments to|re-?issuing|replacing|rebooking|transferring|name changes|paper (?:invoices?|statements?|tickets?)|printed (?:invoices?|statements?|tickets?))\b/;

/** The sneaking cues that merely name a cost (a fee, "fees apply"), which a buyer's own choice explains. */
export const NAMED_COST_CUES: ReadonlySet<string> = new Set(['sneaking.fee', 'sneaking.fees-apply', 'sneaking.addon-added', 'sneaking.plus-fees']);
