/**
 * Urgency words pointing at a clock the seller does not set to sell (normalised text: lowercase, no diacritics).
 * Honest text hurries the reader for the reader's own sake ("hurry if you want the last gondola", "act fast if your dog
 * eats chocolate", "dépêchez-vous si vous voulez …"), towards a right the reader holds ("last chance to return winter
 * gear"), to a departure ("don't miss the bus"), or names the cause of a cut-off ("closes at 3:45 pm because of wind",
 * "the quote is valid for 30 days because timber prices change"), or is a carrier's or a venue's clock (the last day to
 * order for delivery before a holiday, opening hours, a season). None of these presses a purchase. An exclamation or
 * any word of an offer (price, deal, discount, stock, an amount) keeps the finding.
 */

/** Terms of an offer: a price, a deal, a stock, an amount, a call to buy. */
const OFFER_TERMS = /[€$£%]|\b(?:prices?|pricing|deals?|offers?|discounts?|promo\w*|coupons?|codes?|save|savings?|bargains?|rates?|stock|left|remaining|sell(?:s|ing)? out|sold out|buy|order now|book now|upgrade|subscribe|prix|offre|angebot|preis|oferta|precio|offerta|prezzo|aanbieding|prijs)\b/;
/** Words of an offer (its terms, or the cart the reader's pick sits in): with them the hurry is about buying. */
const OFFER_TALK = new RegExp(`${OFFER_TERMS.source}|\\b(?:checkout|cart|basket)\\b`);

/** An urgency word followed, in its sentence, by a condition on the reader's own goal or situation (not on waiting). */
const HURRY_IF_YOURS = /\b(?:hurry|act (?:fast|now|quickly)|be quick|move fast|don'?t (?:wait|delay)|depechez-vous|depeche-toi|ne tardez pas|beeil\w*|date prisa|dese prisa|affrettati|sbrigati|haast je)\b[^.!?\n]{0,60}?\b(?:if|when|in case|si|wenn|falls|se)\s+(?!(?:you|u|vous|sie|du|tu)\s+(?:wait|delay|hesitate|miss|snooze|don'?t|do not|leave it)\b)[a-z]/;

/** A last chance or deadline for a right the reader holds, or a departure the reader might miss. */
const RIGHT_OR_DEPARTURE = /\b(?:last (?:chance|day)|final (?:chance|day)|deadline|window|time) (?:to|for) (?:return|exchange|claim|cancel|withdraw|opt out|unsubscribe|send (?:it |them )?back|get (?:a |your )?refund|request (?:a )?refund|returns|exchanges|refunds)\b|\b(?:last|final) (?:chance|opportunity|day) to (?:see|visit|catch|view|hear)\b[^.!?\n]{0,60}?\bbefore (?:it|they|the [a-z]+) (?:moves?|leaves?|travels?|tours?|returns?|goes (?:back|on tour)|heads?)\b|\b(?:don'?t|do not) miss (?:the|your) (?:last |first |next |early |late )?(?:bus|train|ferry|coach|tram|boat|shuttle|gondola|cable car|chairlift|lift|flight|plane|post|collection|pick-?up|connection|start|kick-?off|briefing|warm-?up|roll call)\b/;

/** The last day to order or post for delivery before a date or holiday, or a venue's opening hours or season. */
const CARRIER_OR_VENUE_CLOCK = /\b(?:today'?s |the |our |daily )?cut-?off (?:time )?for (?:next-day|same-day|express|standard|tomorrow'?s|weekend|saturday) (?:delivery|dispatch|shipping)\b|\b(?:last|final|latest) (?:day|date|time|order date|posting date)s? (?:to|for) (?:order|ordering|post|posting|send|sending)\b[^.!?\n]{0,40}?\bfor (?:delivery|arrival) (?:before|by|in time for)\b|\b(?:is|are|stays?|remains?) open (?:only )?(?:until|till|through|to)\b|\bopening[- ](?:hours|times)\b|\b(?:the|our) (?:summer|winter|ski|holiday|bathing) season (?:ends|closes|runs)\b/;

/** A cause given for the cut-off; popularity or demand is no cause of this kind (it is the scarcity cue itself). */
const CAUSE_GIVEN = /\b(?:because(?: of)?|due to|owing to)\s+(?!(?:the |high |huge |great |strong |overwhelming |popular )*(?:demand|popularity|interest|customers|people|everyone|buyers|you)\b)/;
const PUSH = /\b(?:hurry|grab|now|don'?t (?:miss|wait)|last chance|before (?:it'?s|they'?re) gone)\b/;

function plain(text: string): boolean {
  return !/[!¡]/.test(text) && !OFFER_TALK.test(text);
}

/** The hurry is conditional on the reader's own goal or situation, with no offer in the text. */
export function hurriesForReadersOwnSake(text: string): boolean {
  return plain(text) && HURRY_IF_YOURS.test(text);
}

/** The deadline is for a right the reader holds or a departure, with no exclamation and no current offer. */
export function deadlineOfRightOrDeparture(text: string): boolean {
  return !text.includes('!') && !/\b(?:deals?|discounts?|offers?|coupons?|prices?|save)\b|%/.test(text) && RIGHT_OR_DEPARTURE.test(text);
}

const CAUSE_CLAUSE = new RegExp(`${CAUSE_GIVEN.source}[^.;!?\\n]*`, 'g');

/** The deadline is a carrier's delivery cut-off or a venue's hours or season, with no exclamation and no offer. */
export function carrierOrVenueClock(text: string): boolean {
  return plain(text) && !PUSH.test(text) && CARRIER_OR_VENUE_CLOCK.test(text);
}

/** The cut-off's cause is stated, with no push and no offer outside the cause ("because timber prices change" is one). */
export function cutOffCauseStated(text: string): boolean {
  return !PUSH.test(text) && CAUSE_GIVEN.test(text) && plain(text.replace(CAUSE_CLAUSE, ' '));
}

/**
 * Words of a purchase beyond OFFER_TALK: a sale, an order, a booking, a payment, a quote, cover, a renewal. A deadline in
 * a text with none of them that names what it closes as something the reader does in their own life (a vote, a survey,
 * an exam, a log or chart, a lesson streak, a parking session; "the owners' vote closes at 17:00", "last chance to log
 * today's reading before the chart is redrawn") is the clock of that act, not of anything sold. A bare clock ("ends
 * tonight at 11:59 pm", "countdown: 00:09:41") names nothing and keeps the finding.
 */
const PURCHASE_TALK = /\b(?:sales?|orders?|ordering|book|booking|bookings|buy\w*|purchas\w*|pay|paying|payment|quotes?|cover|insur\w*|renew\w*|subscri\w*|sign up|reserve|tickets?|members?(?:hip)?|trial|fees?|charges?|free|shop\w*|store|items?|products?|plans?|upgrade|premium|slots?|subsid\w*|2-for-1)\b/;
const READERS_OWN_ACT = /\b(?:vote|votes|voting|ballots?|polls?|elections?|surveys?|consultations?|questionnaires?|meetings?|agm|exams?|examinations?|tests?|quiz(?:zes)?|doors|gates|boarding|check-in|charts?|logs?|logging|diary|streaks?|lessons?|homework|assignments?|nominations?|submissions?|submit\w*|upload\w*|photos?|galler(?:y|ies)|albums?|applications?|entries|parking|library loans?|loans?)\b/;

/** A push beyond naming the deadline (a "last chance" to do something unsold is still only a deadline). */
const PUSH_BEYOND_DEADLINE = /\b(?:hurry|grab|now|don'?t (?:miss|wait)|before (?:it'?s|they'?re) gone|let (?:this|it) go)\b/;

/**
 * Signs that something is sold even with no sale word: a figure that could be a price (a number with decimals, or a
 * number beside a plan or tier word: "Super for 1.99", "tier 2"), a product, plan, tier or membership word, or a cue of
 * a better price or of paying to keep something ("the reduced entry", "30 % cheaper", "keep it alive with Super").
 */
const PRICE_FIGURE = /\d[.,]\d|\b(?:plans?|tiers?|levels?|packs?|packages?|bundles?|editions?)\s*\d|\d\s*(?:plans?|tiers?|levels?|packs?|packages?|bundles?|editions?)\b/;
const SOLD_THING = /\b(?:products?|plans?|tiers?|upgrad\w*|subscri\w*|members?(?:hip)?s?|premium|pro|plus|vip|gold|reduc\w*|discount\w*|deals?|offers?|pric\w*|cheap\w*|half-price|early-bird|sav(?:e|es|ing|ings)|keep\b[^.!?\n]{0,30}?\bwith)\b/;

/**
 * A deadline of the reader's own act in plain text (no exclamation, no push), with no word of an offer or a purchase
 * and no figure that could be a price.
 */
export function deadlineWithNothingForSale(text: string): boolean {
  return plain(text) && !PUSH_BEYOND_DEADLINE.test(text) && !PURCHASE_TALK.test(text) && !PRICE_FIGURE.test(text) && !SOLD_THING.test(text) && READERS_OWN_ACT.test(text);
}

/**
 * The text says waiting costs the reader nothing ("hurry is not needed", "there is no penalty either way", "no need to
 * rush", "hurry up and wait"): the opposite of urgency, whatever clock it names. Not with an exclamation nor with any
 * term of an offer ("no need to rush: the 50 % discount ends tonight" still presses; a cart kept while the reader
 * compares is no term); it answers only findings resting on
 * urgency cues, never a stock count's or another tactic's cue.
 */
const WAITING_COSTS_NOTHING = /\b(?:hurry|rush|haste) (?:is|was) (?:not|never) (?:needed|necessary|required)\b|\bno (?:need|reason) to (?:hurry|rush)\b|\b(?:there'?s|there is) no (?:rush|hurry)\b|\bno (?:penalty|fee|charge|cost) (?:either way|for waiting|if you wait)\b|\bhurry up and wait\b/;
export function waitingCostsNothing(text: string): boolean {
  return !/[!¡]/.test(text) && !OFFER_TERMS.test(text) && WAITING_COSTS_NOTHING.test(text);
}
