import { CLOCK, DURATION, NUM, TIME_UNIT, TOMORROW, re, tacticPatterns } from './tactic-pattern.ts';

/** A price word and the verbs of its rise, for urgency built on a price rise. */
const PRICE_NOUN = String.raw`(?:prices?|costs?|rates?|fares?)`;
const PRICE_RISE_SOON = String.raw`(?:soar|rise|go up|jump|climb|skyrocket|rocket|spike|shoot up|double)`;
const PRICE_RISE = String.raw`(?:${PRICE_RISE_SOON}|increase)`;
/** The moment a shop's timer runs out. */
const TIMER_ENDS = String.raw`(?:when|once|as soon as|the moment|the second|the minute) (?:the |this |our )?(?:timer|countdown|clock) (?:hits zero|reaches zero|runs out|ends|expires|stops|is up)`;

/** Cues of artificial time pressure. */
export const URGENCY_PATTERNS = tacticPatterns('urgency', [
  ['multi-unit-countdown', 0.85, re`\b\d+\s*(?:days?|d)\b[\s:,]*\d+\s*(?:hours?|hrs?|h)\b[\s:,]*\d+\s*(?:minutes?|mins?|m)\b|\b\d+\s*(?:hours?|hrs?|h)\b[\s:,]*\d+\s*(?:minutes?|mins?|m)\b[\s:,]*\d+\s*(?:seconds?|secs?|s)\b`],
  // Not a clock time that names a scheduled departure or showing ("valid only on the 08:12 service").
  ['countdown-after-verb', 0.92, re`\b(?:ends?|ending|expires?|expiring|closes?|closing|finish(?:es)?|over|left|remaining|countdown|timer|reserved|held|hold|valid)\b[^!?\n]{0,25}?${CLOCK}(?!\s*(?:service|train|bus|coach|tram|flight|departure|sailing|ferry|crossing|show|showing|screening|performance|session|class|tour)s?\b)`],
  ['countdown-before-left', 0.92, re`${CLOCK}\s*(?:left|remaining|to go)\b`],
  ['bare-countdown', 0.7, re`^[\s\W]*\d{1,2}\s*:\s*\d{2}\s*:\s*\d{2}[\s\W]*$`],
  ['dhms-countdown', 0.85, re`\b\d+\s*d\s+\d+\s*h\s+\d+\s*m\b|\b\d+\s*h\s+\d+\s*m(?:in)?\s+\d+\s*s\b`],
  ['deal-ends', 0.85, re`\b(?:offer|sale|deal|discount|price|pricing|prices|promo(?:tion)?|code|coupon|savings?|event|bundle|special|campaign|markdown|reduction|voucher|checkout|2-for-1|bogo)s?\s+(?:ends?|expires?|closes?|finish(?:es)?|is over|runs out|disappears?|vanish(?:es)?|resets?|wraps? up|goes away|is gone|ending|expiring|will (?:end|expire|disappear|close|vanish|reset))\b`],
  ['ends-when', 0.85, re`\b(?:ends?|ending|expires?|expiring|closes?|closing|over|finish(?:es|ing)?|wraps? up|vanish(?:es)?|disappears?|resets?|gone)\s+(?:today|tonight|${TOMORROW}|soon|shortly|at midnight|midnight|this (?:week(?:end)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:${DURATION}|a few|just|only|under|less than|\d))`],
  ['ends-at-hour', 0.85, re`(?<!\b(?:stores?|shops?|branch(?:es)?|offices?|showrooms?|cafe|doors|lines|we|our [a-z]+)\s(?:will\s|usually\s|normally\s)?)\b(?:ends?|ending|expires?|expiring|closes?|closing|over|finish(?:es)?|resets?|vanish(?:es)?|changes?|goes up)\s+(?:today\s+|tonight\s+)?at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)\b|noon|midday|\d{1,2}:\d{2})(?!\s*(?:on|every)\s+(?:weekdays|weekends|week nights|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|bank holidays|(?:every )?day|public holidays))`],
  ['ends-in-duration', 0.85, re`\b(?:ends?|expires?|closes?|over|wraps? up|vanish(?:es)?|disappears?|resets?)\s+in\b`],
  ['ending-soon', 0.85, re`\b(?:ending|expiring|closing|finishing) soon\b|\bends? soon\b`],
  ['time-left', 0.85, re`\b(?:only\s+|just\s+)?(?:\d+|a few|few|one)\s*${TIME_UNIT}\s+(?:left|to go|remaining)\b`],
  ['only-today', 0.9, re`(?<!-)\b(?:only|just)\s+(?:for\s+)?(?:today|tonight|this weekend|until|till|for the next|for a (?:limited|short)|\d+\s*(?:hours?|days?)\b(?!\s+(?:delivery|shipping)))`],
  ['today-only', 0.9, re`\b(?:today|tonight|this weekend|weekend|one day|\d+[- ]?hours?|\d+[- ]?days?)\s+only\b|\bfor today only\b`],
  ['limited-time', 0.88, re`\blimited[- ]time\b|\btime[- ]limited\b|\bfor a (?:limited|short) (?:time|period)\b|\bshort time only\b`],
  // A cue hyphenated into a compound names a property ("Hurry-Up quick-set concrete", "hurry-free"), not an order.
  ['hurry', 0.9, re`\bhurry(?!-[a-z])\b|\bhurry up\b`],
  ['act-now', 0.88, re`\bact (?:now|fast|quickly|today|immediately)\b`],
  ['you-have-time', 0.85, re`\byou(?:'ve| have)\s+(?:got\s+)?(?:only\s+|just\s+)?(?:${CLOCK}|${DURATION})\s+(?:left\s+)?to\b`],
  ['be-quick', 0.78, re`\b(?:better|must|need to|gotta|have to) be (?:quick|fast)\b|\bbe quick\b`],
  ['gone-tomorrow-slang', 0.82, re`\b(?:gone|over|ends?|expires?|back to full price|full price)\s+(?:by\s+)?${TOMORROW}\b|\byou'?ll pay (?:full|more|double)[^!?\n]{0,20}?${TOMORROW}\b`],
  ['quick-exclaim', 0.7, re`^\W*(?:quick|rush|fast|go go go)\s*(?:[!,:]|-(?![a-z]))`],
  ['dont-wait', 0.75, re`\bdon'?t (?:delay|wait|hesitate|hold off)\b(?!\s+(?:for|until|till)\b)`],
  ['dont-miss', 0.8, re`\bdon'?t miss (?:out|this|it|the|your|our)\b|\bdo not miss (?:out|this)\b`],
  ['last-chance', 0.85, re`(?<!\b(?:in|over|during|within|for|past) the\s)\blast (?:chance|call|day|minute|hours?|opportunity|days)\b|(?<!\bthe\s)(?<!\b(?:will|would|can|could|should|may|might|must|to|does|do|they|it|holds|reservations|bookings|batteries|charges|stays|quotes|prices|options|tickets) )\blast \d+\s*(?:hours?|hrs?|days?|minutes?|mins?)\b`],
  ['mere-hours', 0.85, re`\b(?:just|only|mere|a few|few) (?:hours|minutes|days|seconds) (?:left|to go|remaining|away)\b`],
  ['buy-within', 0.8, re`\b(?:buy|order|purchase|checkout|check out|complete (?:your )?(?:purchase|order)|book|claim|act|decide|pay)\b(?:(?!\b(?:ships?|shipped|dispatch\w*|deliver\w*|arriv\w*|processed|collect\w*|pick(?:ed)? ?up|ready)\b)[^!?\n]){0,30}?\b(?:within|in)\s+(?:the next\s+)?(?:(?:\d+|an?|one)\s*)?(?:minutes?|mins?|hours?|hrs?)\b`],
  ['until-tonight', 0.75, re`\b(?:price|offer|deal|discount|sale|savings?)\b[^!?\n]{0,30}?\buntil (?:tonight|midnight|tomorrow|the end of (?:the )?(?:day|week))\b`],
  ['tomorrow-full-price', 0.8, re`\btomorrow,? (?:it|the price|prices?|this)\s+(?:will be|goes back|returns|is back|will go)\b`],
  ['slip-away', 0.8, re`\b(?:let|letting) (?:this|the|your|such an?) (?:great |amazing )?(?:deal|offer|chance|opportunity|discount|bargain|price) (?:slip|pass|get away)\b`],
  ['final-hours', 0.85, re`\bfinal (?:hours?|days?|call|chance|countdown|reminder)\b`],
  ['clock-ticking', 0.9, re`\btime is running out\b|\brunning out of time\b|\btime'?s (?:almost )?(?:up|running out)\b|\bclock is ticking\b|\btick[- ]?tock\b|\bbefore (?:the )?(?:timer|time|clock|countdown) (?:runs out|hits zero|ends|expires|is up)\b|\bwhile the (?:timer|countdown|clock) (?:runs|lasts)\b`],
  ['now-or-never', 0.9, re`\bnow or never\b`],
  // A decision tied to this visit, with the offer withdrawn for good: "decide before you leave this page", "this price
  // will not be offered again".
  ['this-visit-only', 0.8, re`\bbefore you (?:leave|close|exit) (?:this|the) (?:page|window|tab|screen|chat|site|app)\b|\b(?:will not|won'?t|never) be (?:offered|shown|available|repeated|made) (?:to you )?again\b|\bonly (?:on|during|for) this (?:visit|session|page)\b`],
  ['wont-last', 0.75, re`\b(?:offer|deal|price|sale|discount|savings?|promotion)s? (?:will not|won'?t) last\b|\bwon'?t last long\b`],
  ['gone-tomorrow', 0.82, re`\b(?:won'?t|will not) be (?:around|available|here|this low) (?:tomorrow|for long|much longer|next week)\b`],
  ['deal-of-the-day', 0.8, re`\bdeal of the (?:day|week|hour|moment)\b|\bdaily deal\b`],
  ['flash-sale', 0.8, re`\bflash (?:sale|deal|event|offer)\b|\blightning deals?\b|\bdoorbusters?\b`],
  ['n-hour-sale', 0.8, re`\b(?:\d+|one|two|three)[- ]?(?:hour|day)\s+(?:sale|deal|event|flash|offer|special)\b|\bone[- ]day (?:only|sale|special|deal)\b`],
  ['reserved-for', 0.85, re`(?<!\b(?:delivery|collection|pick-?up|time) slots?\s(?:is\s|are\s|will be\s)?)\b(?:reserved|held|holding|hold|saved|locked)\b[^!?\n]{0,40}?\bfor\s+(?:the next\s+|another\s+|only\s+)?\d+\s*(?:minutes?|mins?|hours?|hrs?|seconds?)\b`],
  ['cart-expires', 0.85, re`\b(?:cart|basket|bag|reservation|session|booking|hold)\s+(?:will\s+)?(?:expires?|times? out)\b`],
  ['within-next', 0.6, re`\b(?:within|in) the next\s+\d+\s*(?:minutes?|mins?|hours?|hrs?)\b`],
  ['before-gone', 0.7, re`\bbefore (?:it'?s|they'?re|it is|they are) (?:gone|over)\b`],
  ['price-goes-up', 0.82, re`\bprices?\s+(?:will\s+|is going to\s+|are going to\s+|then\s+)?(?:go(?:es)? (?:up|back up)|rises?|increases?|doubles?|jumps?)\b`],
  ['after-today', 0.72, re`\b(?:after|from) (?:today|tonight|midnight)\b[^!?\n]{0,30}?\b(?:price|full|back|double|gone|no longer|up)\b`],
  ['tonight-is-the-night', 0.75, re`\btonight'?s the night\b|\blast orders at this price\b|\bprice resets\b`],
  ['early-bird', 0.55, re`\bearly[- ]bird\b`],
  ['time-to-decide', 0.7, re`\b(?:decide|order|buy|book|checkout|claim it|grab it)\s+(?:quickly|fast|right now|immediately)\b`],
  ['offer-today-only', 0.8, re`\b(?:valid|available|good) (?:today|tonight) only\b|\b(?:valid|available|good) only (?:today|tonight|until)\b|\bonly (?:valid|available|good) (?:today|tonight|until|for \d)`],
  ['n-left-deadline', 0.8, re`\b${NUM}\s*(?:days?|hours?|hrs?|minutes?|mins?)\s+left\b`],
  // A deadline left open to strike any moment, or an offer tied to this one conversation.
  ['could-end-any-moment', 0.82, re`\b(?:could|may|might|can|will) (?:close|end|expire|disappear|vanish|go up|be withdrawn|be gone) (?:at any (?:moment|minute|second)|any (?:moment|minute|second) now)\b`],
  ['only-this-call', 0.82, re`\bonly (?:available|valid|good|on offer) (?:during|on|for|in) this (?:call|chat|conversation|session)\b`],
  // Urgency built on a price rise or a timer: a rise tied to a call to buy in the same sentence ("order now before
  // prices soar", "prices rise on 1 May, so order while you still can"), a rise foretold for any moment ("prices could
  // jump tomorrow"), today's price withdrawn overnight, a timer whose end takes the price away. A rise stated on its own
  // ("prices change each 1 January", "the price is fixed when you order") calls nobody to act.
  ['price-rise-call', 0.88, re`\b(?:order|buy|book|stock up|grab|lock in|secure|reserve|fill up|get (?:yours|it|them|in))\b[^.!?\n]{0,40}?\bbefore (?:the )?${PRICE_NOUN} ${PRICE_RISE}|\b${PRICE_NOUN} (?:will |are going to |then )?${PRICE_RISE}s?\b[^.!?\n]{0,60}?\b(?:while (?:you|they|we|stocks?) (?:still )?can|before (?:then|it happens|they do|that happens)|(?:order|buy|book|stock up|grab|lock in|secure)(?:ing)? (?:now|today|this week|right away|in time))\b`],
  ['price-rise-any-moment', 0.82, re`\b${PRICE_NOUN}\b[^.!?\n]{0,20}?\b(?:could|may|might|are about to|is about to|are set to|is set to|will soon)\s+${PRICE_RISE_SOON}\b[^.!?\n]{0,20}?\b(?:tomorrow|any day(?: now)?|any moment|at any time|overnight|soon|shortly)\b`],
  ['price-gone-overnight', 0.84, re`\b(?:today'?s|tonight'?s|this|the current|our|these|the sale|this week'?s) (?:[a-z-]+ )?(?:price|prices|deal|offer|rate|discount)s? (?:won'?t|will not|wont|will no longer) (?:be )?(?:here|around|available|last|stay|exist|on offer|valid)\b[^.!?\n]{0,20}?\b(?:in the morning|by morning|${TOMORROW}|overnight|tonight|after tonight|by (?:the )?(?:weekend|morning|tonight|midnight))\b`],
  ['timer-takes-price', 0.86, re`\b(?:full price|price|prices|offer|deal|discount|saving|savings|bundle|code|basket|cart)\b[^.!?\n]{0,50}?\b(?:when|once|as soon as|the moment|the second|the minute|after) (?:the |this |our )?(?:timer|countdown|clock) (?:hits zero|reaches zero|runs out|ends|expires|stops|is up)\b|\b${TIMER_ENDS}\b[^.!?\n]{0,50}?\b(?:full price|price|prices|offer|deal|discount|saving|savings|gone|lost|released)\b`],
  // A deadline that changes the price or takes the order away: "book in the next hour and we'll knock 300 off; after that,
  // full price", "this quote is only valid if you sign today", "your cart will be emptied in 3:00 unless you pay". A window
  // stated with what follows it in ordinary terms ("seats are held for 10 minutes while you pay") names neither.
  ['discount-window', 0.85, re`\b(?:in|within) the next (?:hour|\d+ (?:minutes?|mins?|hours?)|(?:few|couple of) (?:minutes|hours)|(?:two|three|five|ten|fifteen|thirty) (?:minutes|hours))\b[^.!?\n]{0,50}?\b(?:knock|take|shave)\b[^.!?\n]{0,20}?\boff\b|\bafter (?:that|this|which|the hour|the deadline|midnight),? (?:it'?s |it is |you pay |you'?ll pay )?(?:the )?full price\b`],
  // The reader told to act within a window of seconds, minutes or hours to get or keep a price or a gift ("Decide in 10
  // seconds to get the large meal for the price of a medium", "Reply within 48 hours to keep your loyalty price"). A
  // window given for the seller's own act ("we reply within 24 hours") or with nothing to get is not one.
  ['act-within-window', 0.85, re`(?:^|[.!?:;]\s*|,\s*)(?:please\s+)?(?:decide|call|order|reply|respond|buy|book|act|confirm|sign up|claim|pay|choose|tap|click|text|ring|phone)\b[^.!?\n]{0,20}?\b(?:in|within) (?:the next |the coming )?(?:${NUM}|twenty-four|forty-eight|fifteen|twenty|thirty|sixty|ninety) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b(?=[^.!?\n]{0,80}?(?:\b(?:price|prices|deal|offer|free|discount|save|bonus|keep|get|gift)\b|%|[€$£]))`],
  ['valid-if-now', 0.85, re`\bonly (?:valid|good|available|on offer|open|honou?red) (?:if|when|as long as) you (?:sign|book|order|pay|buy|confirm|accept|commit|decide)\b[^.!?\n]{0,20}?\b(?:today|tonight|now|right away|immediately|on the spot|this (?:call|visit))\b`],
  ['emptied-unless-you-pay', 0.85, re`\b(?:cart|basket|bag|reservation|booking|seats?|tickets?|items?|order)\b[^.!?\n]{0,25}?\b(?:will be|gets?|is|are) (?:emptied|cleared|released|cancell?ed|deleted|lost|given away)\b[^.!?\n]{0,15}?\b(?:in|within|after) (?:\d|(?:a|one|two|three|five|ten|a few) (?:minutes?|seconds?))[^.!?\n]{0,30}?\bunless you (?:pay|check ?out|complete|order|buy|confirm|book)\b`],
  ['before-released', 0.84, re`\bbefore (?:the |your )?(?:items?|basket|cart|bag|seats?|tickets?|reservation|booking|room|hold|products?)\b[^.!?\n]{0,30}?\b(?:are|is|get|gets) (?:released|lost|gone|given away|returned to stock|cleared|emptied)\b`],
]);
