import { COST_ON_BUYERS_CHOICE, NAMED_COST_CUES } from './descriptive-cues.ts';
import { statesDatedSource } from './dated-source.ts';
import { WAIVED_DEMAND } from './waived-demand.ts';
import { answersCount, statesPlainCount } from './states-plain-count.ts';
import { NEXT_RUN, NEXT_RUN_NEGATION } from './next-run.ts';
import { advisesAgainstSale } from './advises-against-sale.ts';
import { advisesFixFirst } from './advises-fix-first.ts';
import { advisesOwnRemedy } from './advises-own-remedy.ts';
import { carrierOrVenueClock, cutOffCauseStated, deadlineOfRightOrDeparture, deadlineWithNothingForSale, hurriesForReadersOwnSake, waitingCostsNothing } from './clock-not-set-to-sell.ts';
import type { PressureTacticLabel } from '../../protocol/index.ts';

/**
 * A term stated anywhere in a text (often the clause after the cue) that answers one tactic's threat: the shortage is
 * temporary or has an alternative, the cost is the buyer's option, is charged by someone else or is given back, the
 * demand has a way around it, the term binds both sides. Read once per text, after the segments (whose readings are
 * cached by segment alone); each moves the findings it answers down by `discount` log-odds.
 */
export interface StatedTerm {
  readonly label: PressureTacticLabel;
  /** What the term states, for the README and tests. */
  readonly name: string;
  /** Whether the (normalised) text states the term. */
  readonly holds: (text: string) => boolean;
  /** Whether a finding with this evidence is answered by the term (some terms answer only the cues that name a cost). */
  readonly answers: (evidence: readonly string[]) => boolean;
  readonly discount: number;
}

/** A term that states the opposite of the cue's threat is worth as much as a plain way of leaving is for obstruction. */
const OPPOSITE_DISCOUNT = 4.5;
/** Log-odds taken off a named fee that follows from the buyer's own choice, is charged by another party or is refunded. */
const COST_ANSWERED_DISCOUNT = 3;

/** Signs that a text presses the reader: then no stated term makes its scarcity or forced action harmless. */
const PRESSING = /!|\b(?:hurry|now|quick(?:ly)?|fast|soon|today|tonight|grab|don'?t (?:miss|wait)|before (?:it'?s|they'?re|it is|they are) gone|last chance)\b/;
const NEGATION = /\b(?:no|not|never|won'?t|will not|isn'?t|aren'?t|unlikely|cannot|can'?t|only)\b|n't\b/;

/** True if `regex` (global) matches somewhere with no negation in the match or in the `lookBack` characters before it. */
function statedUnnegated(regex: RegExp, text: string, lookBack: number, negation = NEGATION): boolean {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const before = text.slice(Math.max(0, m.index - lookBack), m.index);
    if (!negation.test(m[0]) && !negation.test(before)) return true;
  }
  return false;
}

/**
 * A coming restock ("more on the way next week", "back in stock on 3 May"): the shortage is temporary, so a stock figure
 * tells when to expect the item rather than that it will be lost. A negated restock ("won't be restocked") is not one.
 */
const RESTOCK_STATED = /\bmore (?:(?:is|are) )?(?:on (?:the|its|their) way|coming|arriving|due|expected)\b|\b(?:\d+|[a-z]+) more (?:arrive|arrives|will arrive|come in|comes in|will come in|land|lands|(?:are|will be|get) delivered)\b|\b(?:back in stock|restock(?:ed|ing)?|new stock|fresh stock|more stock|next (?:delivery|shipment|batch|delivery of stock))\b[^.!?\n]{0,30}?\b(?:on|next|following|by|in|within|from|due|expected|arriv\w*|tomorrow|this week)\b|\brestock(?:ing)? date\b|\b(?:we|i) can (?:order|get|bring) (?:more|it|them|another|some)(?: in)?\b|\b(?:we|i) (?:(?:then|simply|always|just) )?(?:re-?order|re-?stock|(?:order|get|make|bake|brew|sow|grow|plant|print|build|roast|knit|sew) more)\b|\bcan be (?:re-?)?ordered(?: in)?\b|\b(?:expects?|expecting|receives?|receiving|gets?|getting) (?:another |a further )?(?:\d+|[a-z]+) more\b/g;
const RESTOCK_NEGATION = /\b(?:no|not|never|won'?t|will not|isn'?t|aren'?t|unlikely)\b|n't\b/;
const RESTOCK_NEGATION_ML = /\b(?:no|non|pas|nicht|kein\w*|niet|geen|nunca|jamais|mai|nie)\b/;
/** The same in French, German, Spanish, Italian and Dutch (normalised: no diacritics): "el siguiente lote llega el 15 de enero". */
const RESTOCK_STATED_ML = /\b(?:(?:el |la )?(?:siguiente|proximo|proxima|nuevo) (?:lote|envio|entrega|reposicion|stock)|reposicion (?:prevista|el)|(?:le |la )?(?:prochain|prochaine) (?:arrivage|livraison|lot|reassort)|reassort (?:prevu|le)|de retour en stock (?:le|la|des)|(?:die )?(?:nachste|weitere) (?:lieferung|charge)|nachschub (?:kommt|am|ab)|wieder (?:auf lager|lieferbar|verfugbar) (?:ab|am)|(?:il )?prossim[oa] (?:arrivo|lotto|consegna|rifornimento)|di nuovo disponibile (?:dal|il)|(?:de )?volgende (?:levering|zending|partij|lading)|weer (?:op voorraad|leverbaar) (?:vanaf|op)|(?:nous pouvons|on peut|nous pourrons) (?:en )?(?:re)?commander|(?:wir konnen|konnen wir)(?: [a-z]+){0,3} nachbestellen|podemos (?:pedir|encargar) mas|possiamo (?:ordinarne|riordinar\w*)|we kunnen (?:er )?(?:meer )?bijbestellen)\b/g;
/** A restock given as a date in a stock table ("size 44 - 0 (restock 20 february)", "reassort le 3 mai"). */
const RESTOCK_DATED = /\b(?:restock(?:ing)?|back in stock|reassort|reposicion|wieder (?:verfugbar|lieferbar)|rifornimento)\b[:\s(]{0,3}(?:(?:on|from|by|le|el|am|il|dal)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?[\s\/.-](?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mrz|okt|dez)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)/g;
/**
 * A restock on a regular schedule ("we restock this model every six weeks", "new stock arrives each Monday",
 * "reponemos cada dos semanas"): like a dated restock, the shortage is temporary.
 */
const RESTOCK_RECURRING = /\b(?:restock(?:s|ed|ing)?|re-stock\w*|replenish\w*|new stock (?:arrives|comes in)|(?:fresh|new) (?:batch|batches|deliveries|delivery) (?:arrives?|comes? in)|we (?:get|receive) (?:new |fresh )?(?:stock|deliveries|a delivery))\b[^.!?;\n]{0,30}?\b(?:every|each|weekly|monthly|daily|fortnightly|twice a)\b|\b(?:reponemos|reponen|repuesto|riforniamo|riforniti|reassort\w*|nachgeliefert|aangevuld|bijgevuld)\b[^.!?;\n]{0,20}?\b(?:cada|ogni|chaque|toutes les|jede[nr]?|wochentlich|elke|iedere)\b/g;

export function statesRestock(text: string): boolean {
  return !PRESSING.test(text) && (statedUnnegated(RESTOCK_RECURRING, text, 16, RESTOCK_NEGATION) || statedUnnegated(RESTOCK_DATED, text, 16, RESTOCK_NEGATION) || statedUnnegated(RESTOCK_STATED, text, 16, RESTOCK_NEGATION) || statedUnnegated(RESTOCK_STATED_ML, text, 16, RESTOCK_NEGATION_ML));
}

/**
 * Ample stock of an alternative beside a short one ("only 3 left in this colour; the grey version has 40 in stock",
 * "size M is nearly gone, other sizes are in stock"): the buyer is not at risk of going without, so the count informs.
 */
const ALTERNATIVE_IN_STOCK = /\b(?:(?:other|another|all (?:other|the)|remaining)\s+|the (?:[a-z]+ ){1,2})(?:colou?rs?|sizes?|versions?|models?|finish(?:es)?|variants?|styles?|shades?|editions?|branch(?:es)?|stores?|shops?|warehouses?|sets?|sites?|locations?|depots?|fields?)\b[^.!?;\n]{0,25}?\b(?:(?:has|have|with) (?:\d{2,}|plenty|lots|many|more)\b|(?:stay|stays|remain|remains) (?:in|part of) (?:the |our )?(?:range|collection|catalogue|line-?up)\b|(?:(?:is|are) )?(?:still |also |all )?(?:in stock|available|plentiful|(?:well|fully) stocked)\b)|\bmore (?:available )?(?:at|in|from) (?:nearby|other|our other|neighbouring|neighboring) (?:stores?|shops?|branch(?:es)?|warehouses?)\b|\b(?:other|nearby) (?:stores?|shops?|branch(?:es)?|warehouses?)\b[^.!?;\n]{0,20}?\b(?:show|shows|list|lists|with) (?:their )?(?:availability|stock)\b|\b[a-z]+ (?:copies|versions|editions|formats|sizes|colou?rs|models) (?:is |are )?(?:still|also) (?:available|in stock|plentiful)\b|\b(?:(?:is|are) )?(?:still )?(?:widely|readily) available\b|\bthe \d[\d.,]*(?:(?:,| and| or) \d[\d.,]*)+(?: [a-z]+)? (?:are|is) (?:still |also |all )?(?:in stock|available|plentiful|(?:well|fully) stocked)\b|\b(?:the |all (?:the )?)?other [a-z]+ (?:stay|stays|remain|remains) (?:in|part of) (?:the |our )?(?:range|collection|catalogue|line-?up)\b/g;
/** A stock table by variant in which another variant holds ten or more ("4 left in navy, 31 in black"). */
const COUNTS_BY_VARIANT = /\b(\d+) (?:left |remaining |in stock )?in [a-z]+[,;] (?:and )?(\d+) (?:left |remaining |in stock )?in [a-z]+\b/;
/**
 * Another date, session or departure of the same thing with room left ("the Sunday session has 38 free", "the September
 * one has 7", "the Monday class has space"): the reader can still go, on another day, so the short one's count informs.
 */
const ALTERNATIVE_DATE_WITH_ROOM = /\b(?:the|another|other|a later|an earlier|the next) (?:[a-z]+ |\d{1,2}[:.]\d{2} |\d{1,2} ?(?:am|pm) ){0,2}(?:sessions?|dates?|trips?|departures?|tours?|class(?:es)?|courses?|slots?|days?|weekends?|one|ones|groups?|showings?|performances?|sailings?|walks?|runs?|weeks?|rides?|lessons?|workshops?|screenings?|sittings?|heats?|matches|games?)(?: still)? (?:has|have) (?!0\b)(?:\d+|plenty|lots|room|space|spaces|places|seats)\b/g;
export function statesAlternativeInStock(text: string): boolean {
  if (PRESSING.test(text)) return false;
  const table = COUNTS_BY_VARIANT.exec(text);
  if (table !== null && Math.max(Number(table[1]), Number(table[2])) >= 10) return true;
  return statedUnnegated(ALTERNATIVE_IN_STOCK, text, 16) || statedUnnegated(ALTERNATIVE_DATE_WITH_ROOM, text, 16);
}

/**
 * A capacity the service sets for itself ("group size is capped at 10 so everyone gets time at the telescope", "class
 * size is limited to 16"): a rule of how it is run, the same on every date, not stock running out.
 */
const CAPACITY_RULE = /\b(?:group|class|tour|session|course|party|workshop|lesson|walk|trip|ride|team)(?: sizes?)? (?:is |are )?(?:capped|limited|kept|restricted) (?:at|to) (?:\d+|[a-z]+)\b|\bcapped at \d+\b[^.!?;\n]{0,30}?\bso (?:that )?(?:everyone|each|every|all|you)\b/;
export function statesCapacityRule(text: string): boolean {
  return !PRESSING.test(text) && CAPACITY_RULE.test(text);
}

/**
 * A low count explained by the item's own state ("the manufacturer discontinued this colour", "ex-display units with
 * small marks", "end-of-line", "returns in perfect condition", "from the old season"): the shop says why there are few,
 * and the few are what they are, not a run on the product. With pressing words it is still scarcity.
 */
const COUNT_EXPLAINED = /\b(?:discontinu\w*|ex-?display|ex-?demo|end[- ]of[- ](?:line|range)|outlet|clearance|returned units?|returns in|refurbished|second-?hand|pre-?owned|(?:old|last|previous) season)\b/g;
export function statesCountExplained(text: string): boolean {
  return !PRESSING.test(text) && statedUnnegated(COUNT_EXPLAINED, text, 16);
}
/** As much as a descriptive cue stated in an informative sentence. */
const EXPLAINED_DISCOUNT = 3;

/**
 * A count out of a finished production run the text states ("40 bags left of this lot", "we printed 300 copies of this
 * edition … 41 remain", "this season's harvest"): the figure is what is left of a known quantity, a fact about the
 * product like an edition size, not a claim that others are buying it up. Not with pressing words or "only/just".
 */
const FINITE_LOT_STATED = /\b(?:of|from|in) (?:this|the|our|that) (?:lot|batch|harvest|vintage|crop|print run|run|edition|printing|pressing|roast|bottling|brew)\b|\bwe (?:printed|made|pressed|bottled|roasted|produced|brewed|harvested|distilled|knitted|bound|cast|fired) (?:\d[\d,]*|[a-z]+) (?!more\b)[a-z]+\b|\b(?:this|the|last) (?:season|year)'?s (?:harvest|crop|lot|batch|vintage)\b/g;
const ONLY_OR_JUST = /\b(?:only|just|down to|(?:our|the) last|last (?:few|remaining|\d+|one|two|three|handful))\b/;
export function statesFiniteLot(text: string): boolean {
  return !PRESSING.test(text) && !ONLY_OR_JUST.test(text) && statedUnnegated(FINITE_LOT_STATED, text, 12, RESTOCK_NEGATION);
}

/**
 * A stock count (a figure) read at a named shop, branch or warehouse ("2 units at our Valencia store", "quedan 2 unidades en
 * nuestra tienda de Valencia", "nog 5 op voorraad in onze winkel in Haarlem", "im Lager Hamburg"): the figure says where
 * the item can be had, as a shop's stock checker does, not that the reader is about to lose it. An online shop is no
 * place, and pressing words (in any of the supported languages) keep the finding.
 */
const STORE_LOCATED = /\b(?:at|in|from) (?:our|the|your) (?!(?:online|web|e|internet|app|official)\b)[a-z]+ (?:store|shop|branch|warehouse|showroom|outlet|depot)\b|\b(?:our|the) (?:store|shop|branch|warehouse|showroom|depot) (?:in|at) (?!(?:stock|the|an?|your|our|its|their|this|that)\b)[a-z]{3,}\b|\b(?:en|de) (?:la |el |nuestra |nuestro )?(?:tienda|almacen|sucursal) (?:de|en) [a-z]{3,}|\b(?:dans|en) (?:votre |notre |le |ce )?magasin (?:de|d'|a) ?[a-z]{3,}|\b(?:in|im) (?:unserer |unserem |der |dem )?(?:filiale|lager|laden|markt) (?:in )?[a-z]{3,}|\bnel (?:nostro )?(?:negozio|magazzino|punto vendita) (?:di|a) [a-z]{3,}|\bin (?:onze|de) (?:winkel|vestiging|filiaal|magazijn) (?:in|te) [a-z]{3,}/;
/** Pressing words of the other supported languages (normalised: no diacritics), beside the English PRESSING. */
const PRESSING_ML = /¡|\b(?:vite|depechez|depeche|schnell|beeil\w*|date prisa|corre|rapido|presto|affrettati|sbrigati|snel|haast je|se agotan|volano|vuelan|s'arrachent|no te quedes|ne (?:le |les )?manquez|verpasse\w*|non perdere|mis (?:het|deze) niet)\b/;
export function statesStoreLocatedCount(text: string): boolean {
  return /\d/.test(text) && !PRESSING.test(text) && !PRESSING_ML.test(text) && STORE_LOCATED.test(text);
}

/**
 * A date the text says the buyer is shown before committing ("the last day is shown before you confirm", "the end date
 * is displayed before you pay"): a term disclosed at the point of decision, like a fee shown before checkout, not a
 * clock started to rush the reader. It answers only the cues that name an end or a last day.
 */
const DATE_SHOWN_BEFORE_COMMITTING = /\b(?:(?:last|end|final|closing|cut-?off|expiry|expiration|renewal|notice) (?:day|date|time)s?|deadlines?|end dates?)\b[^.!?;\n]{0,30}?\b(?:is|are|will be|gets?)\s+(?:shown|displayed|listed|stated|printed|confirmed|visible)\b[^.!?;\n]{0,30}?\bbefore you (?:confirm|pay|book|order|sign|commit|check ?out|submit|accept)\b/;
export function statesDateShownBeforeCommitting(text: string): boolean {
  return !PRESSING.test(text) && DATE_SHOWN_BEFORE_COMMITTING.test(text);
}
const END_DATE_CUES: ReadonlySet<string> = new Set(['urgency.last-chance', 'urgency.deal-ends', 'urgency.ends-when', 'urgency.countdown-after-verb', 'urgency.ends-at-hour', 'urgency.ends-in-duration']);
const answersEndDate = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || END_DATE_CUES.has(id));

/**
 * A renewal or charge the buyer must switch on themselves if they wish ("auto-renewal is off; turn it on if you'd like
 * your domain renewed automatically", "off unless you switch it on"): opting in is the opposite of a cost the shop
 * keeps running unless the buyer acts. It answers only renewal and automatic-charge cues.
 */
const OPT_IN_BY_BUYER = /\b(?:turn|switch|set) (?:it|this|them|auto-?renew(?:al)?|renewal|(?:automatic |auto-?)(?:renewal|top-?up|reorder(?:ing)?)) on\b[^.!?;\n]{0,12}?\b(?:if|when|whenever|should) you(?:'d| would)? (?:like|want|wish|prefer|choose)\b|\bunless you (?:turn|switch) (?:it|this|them) on\b/;
const RENEWAL_CUE = /^sneaking\.(?:auto-|unless-cancelled|will-be-charged|set-to-repeat)/;
const answersRenewalCue = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || RENEWAL_CUE.test(id));

/**
 * A deadline that recurs on a schedule ("prices rise each April", "the daily allowance resets at midnight", "the
 * kitchen closes at 22:30", "five free downloads a month"): a time that comes back every day, week or year is a rule of
 * the service, not a chance the reader will lose. A "daily deal" or "deal of the day" is an offer, not a schedule.
 */
const RECURRING_SCHEDULE = /\b(?:each|every) (?:day|night|morning|evening|week|weekend|month|year|quarter|season|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b|\b(?:nightly|weekly|monthly|yearly|annually|daily(?! (?:deals?|offers?|specials?|drops?)))\b|\b(?:a|per) (?:day|night|week|month|year)\b|\bresets? (?:every|each|daily)\b|\b(?:kitchen|shop|store|office|desk|restaurant|bar|cafe|pharmacy|counter|branch|showroom|reception|(?:phone |help|hot|cancellation )?lines?|warehouse|pool|gym|museum|library|course|rink|lanes?|range|track|venue|hall|park|zoo|gardens?|centre|center|studio|yard|depot|market) (?:closes|opens|shuts)\b|\blast (?:entry|entries|admission|orders)\b|\bopening (?:hours|times)\b/g;
/**
 * A deadline set relative to the booked thing itself ("booking closes at 17:00 the day before", "order 48 hours before
 * your appointment"): a lead time the service needs, the same for every booking, not a chance the reader loses.
 */
const LEAD_TIME_RULE = /\b(?:the (?:day|evening|night|week) before|\d+ (?:hours?|days?|working days?) (?:before|ahead of) (?:the|your|each|every) (?:tour|event|show|trip|visit|departure|arrival|appointment|class|session|lesson|match|game|service|date|flight|check-?in|start|party|course|booking|delivery|collection|pick-?up))\b/;
export function statesLeadTimeRule(text: string): boolean {
  return !PRESSING.test(text) && LEAD_TIME_RULE.test(text);
}

/**
 * A demand or a fee asked about and answered "no" ("Is an account needed? No.", "Is there a booking fee? No."): the FAQ
 * states the opposite of the cue its question names.
 */
const DEMAND_ANSWERED_NO = /\b(?:is|are|do i|do you|will i|must i)\b[^.!?\n]{0,40}?\b(?:account|registration|login|log-?in|membership|subscription|app|sign-?up)s?\b[^.!?\n]{0,20}?\b(?:needed|required|necessary|mandatory|need|have to)\b[^.!?\n]{0,20}?\?\s*no\b/;
const FEE_ANSWERED_NO = /\b(?:is there|are there|do you (?:charge|add)|will i (?:pay|be charged))\b[^.!?\n]{0,40}?\b(?:fees?|charges?|surcharges?|extras?)\b[^.!?\n]{0,20}?\?\s*no\b/;

export function statesRecurringSchedule(text: string): boolean {
  return !PRESSING.test(text) && statedUnnegated(RECURRING_SCHEDULE, text, 0);
}

/**
 * A count of buyers or ratings whose source is stated ("from verified purchases only", "from our own order data",
 * "according to the publisher's figures", reviews "collected by an independent review service", "a list is on our
 * website", "we publish all reviews, negative ones too"): a checkable figure, like an authority claim beside its
 * published evidence, informs unless the text presses the reader with it.
 */
const COUNT_SOURCE_STATED = /\b(?:(?:collected|gathered|verified|checked|moderated|run) by an? (?:independent|third-party|external) (?:[a-z]+ )?(?:service|platform|company|site|body|firm)|(?:a|the) (?:full )?list(?: of (?:them|[a-z]+))? is (?:on|available|published)|we publish (?:all|every|each) (?:of them|reviews?|ratings?)|(?:including|incl\.) (?:the )?(?:negative|critical|bad|low-rated) (?:ones|reviews)|negative (?:ones|reviews) (?:too|included|as well)|(?:only|all|every|each)\s+(?:from\s+)?verified (?:purchases?|buyers?|customers?|owners?|guests?|bookings?)|(?:from|by|after) verified (?:purchases?|buyers?|customers?|owners?|guests?|bookings?)|verified (?:buyers?|customers?|owners?|guests?) (?:have )?(?:rated|reviewed)|(?:from|according to|per|based on) (?:our |the )?(?:own )?(?:order|sales|booking|shop) (?:data|records|figures|system|books)|(?:counted|taken|calculated|worked out|drawn|read) from (?:our|the shop'?s|the restaurant'?s) (?:own )?(?:orders|sales|bookings|till|records|(?:[a-z]+ )?(?:ledger|register|records|books|database|logs?))|(?:ratings?|reviews?|scores?) (?:come |comes |are )?only from (?:buyers|customers|guests|owners|members|people|students|patients|clients) (?:with|who)|according to (?:the |our )?(?:publisher|manufacturer|label|distributor|order data|sales data|sales figures)|(?:publisher|manufacturer|distributor)'?s? (?:own )?(?:figures|data|numbers))\b/g;
/**
 * A stock count read from a named record at a stated time ("per the box office system at 12:40", "according to this
 * morning's stock check", "segun el inventario de esta manana"): the figure is a checkable reading, like a buyer count
 * from verified purchases, not a claim that the item is running out.
 */
const STOCK_SOURCE_STATED = /\b(?:updated|refreshed|recounted|synced) (?:each|every|daily|hourly|nightly|live|in real time|automatically)\b|\blive stock (?:count|level|figure)s?\b|\b(?:per|according to|as (?:shown|recorded|listed) (?:in|by|on)|based on|from)\s+(?:the |our |this |today'?s |this morning'?s )?(?:[a-z-]+\s+){0,2}?(?:system|inventory|stock ?(?:check|count|take|records?|data|system|levels?)|till|records?|stock ?take)\b|\b(?:segun|de acuerdo con) (?:el |nuestro )?(?:inventario|sistema|recuento)\b|\bselon (?:notre |l'|le )?(?:inventaire|systeme|stock)\b|\blaut (?:unserem |dem )?(?:lagerbestand|inventar|system|warenwirtschaft)\b|\bsecondo (?:il |l')?(?:nostro )?(?:inventario|sistema|magazzino)\b/g;
export function statesStockSource(text: string): boolean {
  return !PRESSING.test(text) && statedUnnegated(STOCK_SOURCE_STATED, text, 12, RESTOCK_NEGATION);
}

/**
 * A sale window published ahead ("from 1 to 15 april", "from 00:00 to 23:59", "announced in our october newsletter",
 * "the end date … will not be extended"): the deadline is a term the buyer could read before, with both ends given or
 * its publication stated, not a clock started to rush the reader.
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
const PUBLISHED_WINDOW = new RegExp(String.raw`\bfrom (?:\d{1,2}(?:st|nd|rd|th)? (?:${MONTH} )?|${MONTH} \d{1,2}(?:st|nd|rd|th)? )(?:to|until|till|through) (?:\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \d{1,2})\b|\bfrom \d{1,2}[:.]\d{2} (?:to|until|till) \d{1,2}[:.]\d{2}\b|\b(?:announced|published|advertised|scheduled) (?:in (?:our|the|advance)|on (?:our|the)|when|since|at the start|weeks|months|ahead)\b|\bwill not be (?:extended|repeated early)\b`, 'g');
export function statesPublishedWindow(text: string): boolean {
  return !PRESSING.test(text) && statedUnnegated(PUBLISHED_WINDOW, text, 0);
}

/**
 * A fee stated with its amount inside a total stated with its amount ("the total … is 212 EUR including the booking
 * fee of 5 EUR"): the buyer reads both before paying, so nothing is slipped in.
 */
const AMOUNT = String.raw`(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[£$€]|eur|usd|gbp)\b)`;
const FEE_INSIDE_STATED_TOTAL = new RegExp(
  String.raw`\b(?:total|price|fare|amount)\b[^.!?;\n]{0,60}?\d[^.!?;\n]{0,20}?\b(?:including|includes|incl\.?|inclusive of)\s+(?:the |a |our )?(?:[a-z-]+\s+){0,2}?(?:fees?|charges?|surcharges?)\s+(?:of\s+)?(?:[£$€]\s?\d|\d[\d.,]*\s?(?:[£$€]|eur|usd|gbp))` +
    // The same summed after the fee ("£42 each plus the £2.50 order fee: £86.50 in total", "… fee, making £86.50").
    String.raw`|${AMOUNT}\s+(?:[a-z-]+\s+){0,2}?(?:fees?|charges?|surcharges?)\b[^.!?;\n]{0,12}?(?::|=|\bmaking\b|\bcomes to\b|\bfor a total of\b|\btotal(?:ling)?\b:?)\s*${AMOUNT}`,
);

export function statesCountSource(text: string): boolean {
  return !PRESSING.test(text) && statedUnnegated(COUNT_SOURCE_STATED, text, 12, RESTOCK_NEGATION);
}

/**
 * A way around a demand stated in the text ("the offline version works without an account", "you can also order as a
 * guest"): buying is then not conditional on it. Negated ("you can't order without an account", "only … without") is
 * the demand itself.
 */
const WORKS_WITHOUT_DEMAND = /\bworks? (?:fully |just as well )?offline\b|\b(?:works?|use|usable|order|buy|shop|check ?out|book|pay|play|read|watch|listen|browse)\b[^.!?;\n]{0,25}?\bwithout (?:an? |any )?(?:account|registration|registering|signing (?:up|in)|sign-?up|log-?in|logging in|the app|membership|subscription)\b|\b(?:order|buy|check ?out|book|shop)\w* as a guest\b|\b(?:needs?|requires?) (?:none|no (?:account|registration|sign-?up|login|log-in|membership))\b|\bguest checkout (?:is )?(?:available|possible|open)\b/g;
export function statesWayAroundDemand(text: string): boolean {
  return statedUnnegated(WORKS_WITHOUT_DEMAND, text, 25) || WAIVED_DEMAND.test(text);
}

/**
 * The reason a demand serves the purchase itself ("you need to log in, because the pharmacist must check your
 * prescription", "an account is needed to share lists, because the lists are stored on our server", "… because we pay
 * out your sales to that account"): forced action is a demand unrelated to buying, and a reason naming what the service
 * must check, keep or send ties the demand to it. A sales reason ("because members get the best prices") names none of
 * these and does not count.
 */
const REASON_FOR_DEMAND = /\bbecause\b[^.!?;\n]{0,60}?\b(?:must|has to|have to|needs? to|(?:is|are) required|required by|by law|legal(?:ly)?|regulations?|stored|saved|kept|linked|held|synced|checks?|checked|verif(?:y|ied|ies)|pay (?:out|you)|paid out|sent|send)\b/g;
export function statesReasonForDemand(text: string): boolean {
  return statedUnnegated(REASON_FOR_DEMAND, text, 16);
}

/**
 * A cost charged by another party than the seller ("your bank may charge a foreign transaction fee", "customs fees are
 * charged by the carrier", import duty and customs charges, which the state levies; a late fee "see the lender's
 * terms") or borne by someone other than the buyer ("paid by the seller"): the shop adds nothing to the buyer's order,
 * it tells who pays what.
 */
const CHARGED_BY_ANOTHER_PARTY = /\b(?:your|the) (?:own )?(?:bank|card (?:issuer|provider|company)|issuer|carrier|courier|network|mobile (?:operator|provider|network)|operator|customs(?: office)?|council|local authority|government|airline)\b[^.!?;\n]{0,20}?\b(?:may|might|can|could|will|would|usually|sometimes|also)?\s*(?:charges?|appl(?:y|ies)|levy|levies|collects?|bills?)\b|\b(?:charged|collected|levied|billed|set) by (?:your|the) (?:bank|card issuer|issuer|carrier|courier|network|operator|customs|council|local authority|government|airline)\b|\b(?:paid|covered|absorbed|borne) by (?:the |your )?(?:seller|merchant|host|restaurant|shop|store|venue|organi[sz]er|landlord|employer|us)\b|\bwe (?:pay|cover|absorb) (?:it|this|the (?:fee|charge|cost))\b|\b(?:customs|import) (?:charges?|dut(?:y|ies)|fees?|vat|tax(?:es)?)\b|\b(?:see|in|under|per) (?:the|your) (?:lender|provider|insurer|carrier|bank|card issuer|finance provider)'?s? (?:terms|conditions|t&cs|t ?& ?c)\b/;

/**
 * A cost given back ("full refund including booking fee", "the deposit is refunded when the bike is back", "refundable if
 * you cancel", a deposit "deducted from the final bill"): a refund is the opposite of a cost slipped in. "Non-refundable" and "not refunded" are costs kept, so they do not count.
 */
const COST_REFUNDED = /\b(?:full |fully |automatic(?:ally)? )?(?:refund(?:ed|s|able)?|reimburs(?:ed|ement)|repaid|paid back|returned to you)\b|\bdeducted from (?:the|your) (?:final )?(?:bill|balance|invoice|total due|amount due)\b/g;
/** A negation, or "non-" right before the word ("non-refundable"). */
const REFUND_NEGATION = new RegExp(`non-?$|\\bnon-?\\s*$|${NEGATION.source}`);
export function statesRefund(text: string): boolean {
  return statedUnnegated(COST_REFUNDED, text, 16, REFUND_NEGATION);
}

/**
 * A term binding both sides alike ("either party may end this tenancy by giving two months' notice"): a notice period
 * or exit condition the seller accepts too is a contract term, not an obstacle put in the leaver's way.
 */
const BINDS_BOTH_SIDES = /\b(?:either party|both parties|either side|either of us|you or we|we or you|you and we|we and you)\b/;

/**
 * A fixed term stated with the offer ("24-month minimum term", "18-month contract", "12-month plan"): an early-exit cost
 * then follows from a term the buyer reads before signing, like a notice period stated plainly; it answers only the
 * early-exit cues (a hard channel or a long wait is still an obstacle). A purchase paid in instalments stated with
 * its total ("24 x 18.75 EUR, total 450 EUR", "on instalments") is such a term too: the instalments still owed after
 * cancelling a plan are the price of what was bought.
 */
const FIXED_TERM_STATED = /\b(?:\d{1,2}|twelve|eighteen|twenty-four|six)[- ](?:month|year)s? (?:minimum |fixed |initial )?(?:term|contract|plan|agreement|commitment)\b|\b(?:on|in|by|over) (?:\d{1,2} )?(?:monthly |interest-free )?instal?ments?\b|\b\d{1,2} ?x ?(?:[£$€] ?)?\d[\d.,]*\b[^.!?;\n]{0,40}?\btotal\b|\bminimum (?:term|contract) (?:of )?(?:\d{1,2}|twelve|eighteen|twenty-four|six) (?:months?|years?)\b/;
/**
 * What happens after a deadline, stated plainly: prices "go back to the normal price", remaining tickets "are sold at the
 * door", held seats "go back on sale", a quote "is recalculated", a hold that lasts "while you pay". The reader is told
 * the rule of the window and what follows it, as with a published sale window; with nothing pressing, the deadline
 * informs. ("After that the price rises" is not an after-state of this kind: it names no way to buy later on the same
 * terms nor a return to an ordinary state.) A trial notice that names the amount charged "without any action from you"
 * states what follows the same way.
 */
const AFTER_STATE =
  /\b(?:after (?:that|this|which|it closes|it ends|the (?:sale|offer|window|hold|deadline)(?: ends| closes)?)|afterwards|thereafter|from then on|then)\b[^.!?;\n]{0,50}?\b(?:(?:go|goes|went|will go|return|returns) back to (?:the |those |their |our )?(?:normal|regular|usual|standard|shelf|list|full|prices? (?:shown|listed|printed)|shown)|(?:go|goes|will go) back on (?:general )?sale|return(?:s|ed)? to (?:the )?(?:normal|regular|usual|standard|shelf|list|full)|(?:are |is )?released|(?:available|sold) at the (?:door|desk|box office|venue|counter)|(?:back )?on (?:general )?sale again|back on sale|recalculat\w*|re-?quot\w*|(?:join|go into|move to|roll over to|carry over to|(?:are |is )?(?:added|put|moved) (?:to|into)) (?:the )?(?:next|following) (?:season|year|term|round|intake|session|edition|draw|course|series))\b|\bprices? (?:go|goes|will go|return|returns) back to (?:the )?(?:normal|regular|usual|standard|shelf|list|full)\b|\b(?:go|goes|will go|return|returns) (?:back )?to what (?:they|it) (?:were|was)\b|\bwithout any (?:action|step) (?:from|by|on the part of) you\b[^.!?;\n]{0,20}?(?:[0-9]|[€$£])(?:[^.!?;\n]|\.(?=\d)){0,12}?\b(?:is|will be|gets) (?:charged|billed|debited|taken)\b|\b(?:remaining|any|unsold|leftover|any remaining) (?:tickets|seats|places) (?:are|will be|go|can be) (?:sold|available|bought|released)\b|\b(?:held|reserved|blocked) (?:for [a-z0-9]+ minutes )?(?:while|as long as) you (?:pay|enter|complete|check ?out|fill|decide|confirm|choose|think)\b/;
/** A running countdown ("held for 8:00 more minutes", "4 more minutes", "locked for 09:58"): the window is pressed, not stated. */
const RUNNING_COUNTDOWN = /\b(?:more|remaining) (?:minutes?|seconds?|mins?)\b|\bfor (?:you for )?\d{1,2}:\d{2}\b/;
export function statesAfterState(text: string): boolean {
  return !PRESSING.test(text) && !RUNNING_COUNTDOWN.test(text) && AFTER_STATE.test(text);
}

/**
 * A free way out stated with the early-exit cost ("you can cancel within 14 days without paying anything; after that
 * …"): the buyer reads when leaving is free before the cost applies, as with a fixed term stated with the offer.
 */
const FREE_EXIT_WINDOW = /\b(?:cancel\w*|withdraw\w*|leave|end it|change your mind)\b[^.!?;\n]{0,30}?\b(?:within|in the first|during the first)\s+(?:\d+|fourteen|thirty|seven)\s+days?\b[^.!?;\n]{0,40}?\b(?:without (?:paying|any (?:charge|fee|cost|penalty)|charge|penalty|cost)|free of charge|at no (?:cost|charge)|for free|(?:and )?pay nothing|(?:get|receive) a full refund)\b/;
/** The cues of a fixed term's early end: its cost, the instalments still owed, no early end at all. */
const EARLY_EXIT_CUES: ReadonlySet<string> = new Set(['obstruction.early-exit-cost', 'obstruction.remaining-charged-on-leaving', 'obstruction.minimum-term']);
const answersEarlyExit = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || EARLY_EXIT_CUES.has(id));

/**
 * Another way of doing the same thing stated beside a hard channel ("returns by post are free; in-store returns are also
 * possible", "you can also cancel in any of our shops"): the slow channel is then one choice among several.
 */
/** A self-service channel: online, in the app, by e-mail, from the account, in a few clicks. */
const EASY_CHANNEL = String.raw`(?:online|reply (?:with )?[a-z0-9]{1,6} to (?:cancel|stop|unsubscribe|opt out)|in (?:the|our) app|via (?:the|our) app|by e-?mail|(?:in|from|via) (?:your|the) account(?: page| settings)?|on (?:our|the) website|with one click|in a few clicks)`;
const OTHER_CHANNEL_TOO = new RegExp(
  String.raw`\b(?:(?:is|are) also (?:possible|accepted|welcome|available)|(?:can|may) also (?:be )?(?:cancel\w*|return\w*|end\w*|clos\w*|made|done|sent|handed in|dropped off|submitted))\b` +
    // An easy channel offered beside the hard one for the same act ("you can also do it in the app", "returns can be
    // made online, by post or at any branch"): an alternative, or one item of a list of channels.
    String.raw`|\b(?:also|alternatively|or)\b[^.!?;\n]{0,30}?\b${EASY_CHANNEL}\b|\b${EASY_CHANNEL},?\s+(?:or|by|at|in)\b`,
  'g',
);
const CHANNEL_DENIED_AFTER = /\b(?:is|are|was|were) (?:not|no longer|never)\b|\bunavailable\b|n't\b/;
export function statesOtherChannel(text: string): boolean {
  OTHER_CHANNEL_TOO.lastIndex = 0;
  for (let m = OTHER_CHANNEL_TOO.exec(text); m !== null; m = OTHER_CHANNEL_TOO.exec(text)) {
    // Negated anywhere in its own clause ("cancellations cannot be processed by email or online") it is no alternative.
    const clause = text.slice(Math.max(0, m.index - 60), m.index).split(/[.!?;:\n]/).pop() ?? '';
    // … or denied after it ("cancellation by email or online is not possible").
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[.!?;:\n]/)[0] ?? '';
    if (!NEGATION.test(m[0]) && !NEGATION.test(clause) && !CHANNEL_DENIED_AFTER.test(rest)) return true;
  }
  return false;
}
/** The cues that name a slow channel for leaving or returning (by post, by phone, in a branch), which another channel answers. */
const HARD_CHANNEL_CUES: ReadonlySet<string> = new Set(['obstruction.leave-by-hard-channel', 'obstruction.leave-by-phoning', 'obstruction.call-to-leave', 'obstruction.must-call-to-leave']);
const answersHardChannel = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || HARD_CHANNEL_CUES.has(id));

/**
 * The evidence behind a claim published for the reader to check ("the study summary is on our website", "full test
 * report available online"): like a certificate number, it makes an authority claim checkable rather than a bare
 * appeal to standing.
 */
const EVIDENCE_PUBLISHED = /\b(?:study|studies|trial|tests?|results?|reports?|data|summary|methodology|findings)\b[^.!?;\n]{0,25}?\b(?:(?:is|are) (?:published|available|online|posted|downloadable|on (?:our|the) (?:website|site|product page))|can be (?:read|downloaded|found|viewed))\b|\b(?:read|download|see|view) (?:the|our) (?:full )?(?:study|trial|test report|report|results|methodology)\b/;
/** As much as a certificate or standard number next to the claim. */
const VERIFIABLE_DISCOUNT = 2;

/**
 * A default that costs nothing ("Standard (3–5 days) free, Express £5.95. Standard is selected by default"): what the
 * shop ticks for the buyer is the free option, so nothing is slipped into the order ("standard delivery is free and
 * selected by default" says both at once). The text must name the selected
 * option and call that same option free.
 */
const SELECTED_BY_DEFAULT = /\b([a-z][a-z-]{2,})(?: (?:option|delivery|shipping|plan|tier|rate))? (?:is|are) (?:free,? and |free,? )?(?:pre-?)?(?:selected|ticked|checked|chosen|set) (?:by default|as (?:the )?default)\b/g;
export function statesFreeDefault(text: string): boolean {
  SELECTED_BY_DEFAULT.lastIndex = 0;
  for (let m = SELECTED_BY_DEFAULT.exec(text); m !== null; m = SELECTED_BY_DEFAULT.exec(text)) {
    const option = m[1]!;
    if (/^(?:it|this|that|which|one|what|everything|all|each|insurance|protection|cover|warranty|donation|membership|subscription)$/.test(option)) continue;
    if (new RegExp(`\\b${option}\\b(?:(?!\\b(?:or|and|vs)\\b)[^.!?;,\\n]|\\.(?=\\d)){0,30}?(?:\\b(?:free|no charge|at no cost|included)\\b|[£$€]\\s?0(?:[.,]00)?\\b)`).test(text)) return true;
  }
  return false;
}
const answersDefaultCue = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'sneaking.pre-selected' || id === 'sneaking.ticked-addon');
/**
 * A zero amount is what the shop chose ("donation: €0 selected", "tip 0.00 EUR, set"): a default that costs nothing is
 * no cost slipped in, whatever the extra is called.
 */
const ZERO_AMOUNT_CHOSEN = /(?:[£$€]\s?0(?:[.,]0{1,2})?|\b0(?:[.,]0{1,2})?\s?(?:[£$€]|eur|euros?|usd|gbp))(?![\d.,]*\d)\s*(?:(?:is|are|has been)\s+)?(?:pre-?)?(?:selected|ticked|chosen|set|added)\b/;
/** Every other amount the text names is zero too (one priced extra beside it keeps the finding). */
const NONZERO_AMOUNT = /[£$€]\s?0*[1-9]|[£$€]\s?0[.,]0?[1-9]|\b0*[1-9][\d.,]*\s?(?:[£$€]|eur|euros?|usd|gbp)\b|\b0[.,]0?[1-9]\d*\s?(?:[£$€]|eur|euros?|usd|gbp)\b/;
export function statesZeroAmountChosen(text: string): boolean {
  return ZERO_AMOUNT_CHOSEN.test(text) && !NONZERO_AMOUNT.test(text);
}
/**
 * A message to the AI that hands the decision back to its person ("please tell your principal and let them decide",
 * "ask your user first"): informing the person is the opposite of going around them. It answers only a finding that
 * rests on "tell your user" or on the model, so an order to the AI elsewhere in the text keeps its weight.
 */
const DECISION_HANDED_BACK = /\b(?:let (?:them|him|her|the person|your (?:principal|user|owner|client)) (?:decide|choose)|(?:for|to get) (?:their|his|her) (?:decision|approval|consent|choice)|(?:ask|check with) (?:them|him|her|your (?:principal|user|owner|client|human)) (?:first|before)|it is (?:their|his|her|your (?:principal|user)'s) (?:call|decision|choice)|before (?:they|he|she|the person|your (?:principal|user|owner|client|person)) (?:decides?|chooses?|commits?|makes? (?:up )?(?:their|his|her) (?:mind|choice|decision)))\b/;
/**
 * The price the reader sees said to include every fee ("ticket price shown includes all booking fees", "menu prices
 * include all taxes and service fees"): a named fee inside the stated price is not slipped in later. Not when the price
 * is the last screen's.
 */
const PRICE_INCLUDES_ALL = /\b(?:prices?|fares?|rates?|totals?|amounts?)\s+(?:shown\s+|displayed\s+|you see\s+|quoted\s+|listed\s+)?(?:include|includes|including|are inclusive of|is inclusive of)\s+all\b(?![^.!?;\n]{0,40}?\b(?:final|last|confirmation|payment) (?:page|screen|step)\b)/;
const answersTellOwner = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'injection.tell-owner');
const answersDefaultOrAddedCue = (evidence: readonly string[]): boolean =>
  evidence.every((id) => id === 'model' || id === 'sneaking.pre-selected' || id === 'sneaking.ticked-addon' || id.startsWith('sneaking.struct-'));

const namesCostOnly = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || NAMED_COST_CUES.has(id));
const anyFinding = (): boolean => true;
/**
 * An extra shown as not added ("[Add photo package — €19.90] (not added)", "gift wrap: not selected"): the buyer sees an
 * option left off, the opposite of one slipped in. Not when the text also says something was added for the buyer.
 */
const SHOWN_NOT_ADDED = /\(\s*not (?:added|selected|included|ticked)\s*\)|\b(?:is|are|was|were|currently) not (?:added|selected|ticked)\b(?! (?:yet|until))/;
const ADDED_FOR_BUYER = /\b(?:has|have) been (?:added|included|selected|ticked)\b|\b(?:added|ticked|selected) for you\b|\balready (?:added|included|selected|ticked)\b|\bpre-?(?:selected|ticked|checked|added)\b|\bby default\b|\bautomatically\b|\bunless\b/;
export function statesShownNotAdded(text: string): boolean {
  return SHOWN_NOT_ADDED.test(text) && !ADDED_FOR_BUYER.test(text);
}

/**
 * A recall or safety notice ("units sold between March and June 2025 may show wrong readings"): a sales period scopes
 * the affected batch, it does not count buyers to follow.
 */
const RECALL_NOTICE = /\brecall(?:ed|s)?\b|\bsafety notice\b|\bsold (?:between|from|since|before|after|until) (?!(?:only|just)\b)/;
const answersSoldCount = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'social-proof.sold-count');

/**
 * A cut-off given with the seller's operational reason ("the booking system closes at 23:59 so instructors can plan the
 * groups", "orders close on Tuesday so the kitchen can order stock"): a rule of the service, not a clock on the reader.
 * With an exclamation or "hurry" it still presses.
 */
const OPERATIONAL_REASON = /\bso (?:that )?(?:our |the )?(?:instructors?|staff|team|kitchen|chefs?|drivers?|guides?|teachers?|coaches|crew|bakers?|butchers?|florists?|warehouse|we|they) can (?:plan|prepare|order|schedule|organi[sz]e|arrange|set up|allocate|staff|source|bake|pack)\b/;
export function statesOperationalReason(text: string): boolean {
  return !/!|\b(?:hurry|don'?t (?:miss|wait)|last chance|grab)\b/.test(text) && OPERATIONAL_REASON.test(text);
}

/**
 * Usage advice about a consumable ("don't leave your sensors without batteries", "never leave the tank without water"):
 * care for the thing bought, not a threat to sell protection. Not with an exclamation or a call to buy.
 */
const CONSUMABLE_ADVICE = /\b(?:don'?t|do not|never) leave (?:your|the) [a-z -]{1,30}? without (?:(?:a |fresh |spare |charged )?(?:batter(?:y|ies)|power|charge|charging|water|fuel|oil|food|refill|coolant))\b/;
export function statesConsumableAdvice(text: string): boolean {
  return !/!|\b(?:buy|order|get yours|add (?:it|one|to))\b/.test(text) && CONSUMABLE_ADVICE.test(text);
}
const answersLeaveUnprotected = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'fear.dont-leave-unprotected');

/**
 * A recommender's interest disclosed ("they are our staff, so take that into account", "we are biased", "not
 * independent"): the reader is told to discount the endorsement, the opposite of borrowing authority.
 */
const INTEREST_DISCLOSED = /\b(?:they are|they'?re|he is|he'?s|she is|she'?s|all are) (?:our (?:own )?(?:staff|employees|team|instructors|colleagues)|employed by us|paid by us)\b|\btake (?:that|this) into account\b|\bwe (?:are|may be) (?:biased|not (?:neutral|independent))\b|\bnot (?:an )?independent\b|\b(?:this is|it is|that is|it'?s|that'?s) (?:just |only )?our (?:own )?(?:opinion|view)\b/;

/**
 * Advice against the popular option ("most people choose the 10-visit card, but if you come less than once a month the
 * single entry is cheaper"): the crowd is named to steer the reader to what fits them, not to the dearer choice.
 */
const ADVICE_AGAINST_POPULAR = /\bbut (?:if|for|when) (?:you|those|people who)\b[^.!?\n]{0,80}?\b(?:cheaper|costs? less|better value|saves? (?:you )?money|(?:is|are) enough|you (?:don'?t|do not) need)\b|\bbut (?:the|a|an|one) (?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+ (?:is|are|will be|would be) (?:plenty|enough|big enough|large enough|fine|sufficient|cheaper)\b/;
const answersMostChoose = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'misdirection.most-add');

/**
 * A popular choice explained by a saving stated with both prices ("many customers choose the yearly plan because it works
 * out cheaper per month: 3.99 EUR instead of 6.49 EUR"): the reader can check the reason, which is the reader's own
 * interest, not the crowd's.
 */
const POPULAR_FOR_STATED_SAVING = new RegExp(
  String.raw`\bbecause (?:it|they|that|this) (?:works? out |comes? out |is |are )?(?:cheaper|costs? less|less)\b[^.!?\n]{0,40}?${AMOUNT}[^.!?\n]{0,15}?\b(?:instead of|rather than|vs\.?|versus|compared (?:with|to)|against)\s*${AMOUNT}`,
);

/**
 * A plan that falls back to a free one, or nothing charged without the buyer's act ("you will be moved to the free plan
 * unless you choose a paid plan; nothing is charged automatically"): the default costs nothing, the opposite of a paid
 * default kept unless the buyer acts.
 */
const FREE_FALLBACK = /\b(?:moved|switched|returned|downgraded|put back) (?:back )?to (?:the |a |our )?free (?:plan|tier|version|account|level|membership)\b|\b(?:reverts?|goes back|falls back) to (?:the |a )?free (?:plan|tier|version|account|level)\b|\bnothing (?:is|will be|gets) (?:charged|billed|taken|debited)\b|\bno (?:payment|charge) (?:is|will be) (?:taken|made) (?:automatically|without)\b/g;
export function statesFreeFallback(text: string): boolean {
  return statedUnnegated(FREE_FALLBACK, text, 16, RESTOCK_NEGATION);
}
const answersPaidDefault = (evidence: readonly string[]): boolean =>
  evidence.every((id) => id === 'model' || id === 'misdirection.struct-default-kept' || RENEWAL_CUE.test(id));

/**
 * The end of a seasonal or production run stated once ("this flavour was a summer run and won't be made again this
 * year"): a fact about how the product is made, like a finite lot, not a clock on the reader. With a push it is urgency.
 */
const PRODUCTION_RUN_END = /\b(?:summer|winter|spring|autumn|seasonal|christmas|holiday|one-?off|limited|small|short|single) (?:run|batch|brew|bake|edition|release|harvest|roast|bottling)\b|\b(?:won'?t|will not|isn'?t|is not) (?:be )?(?:made|brewed|produced|baked|grown|printed|roasted|bottled|knitted) again (?:this|until next|before next) (?:year|season|summer|winter|spring|autumn)\b/;
export function statesProductionRunEnd(text: string): boolean {
  return !PRESSING.test(text) && PRODUCTION_RUN_END.test(text);
}
const answersProductionEnd = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'urgency.this-visit-only');

/**
 * A warning about the order of the reader's own steps, with the remedy ("you may lose data if you uninstall the app
 * before syncing; sync first in Settings"): how to use the product, not a threat to sell protection.
 */
const STEP_ORDER_WARNING = /\bif you (?:uninstall|delete|remove|unplug|reset|close|switch off|turn off|disconnect|log out|sign out|update|format|wipe|move|cancel)\b[^.!?\n]{0,40}?\b(?:before|without) (?:[a-z]+ing|you)\b/;
export function statesStepOrderWarning(text: string): boolean {
  return !/!|\b(?:buy|order|upgrade|subscribe|get (?:our|the))\b/.test(text) && STEP_ORDER_WARNING.test(text);
}
/**
 * A safety warning that steers the reader away from spending or towards help no seller gives ("only invest what you can
 * afford to lose", "if you are in danger, call your local emergency number"): the risk is named to limit the purchase or
 * to send the reader elsewhere, the opposite of a threat that sells protection. Not with an exclamation or a call to buy.
 */
const LIMITS_SPENDING_OR_SENDS_FOR_HELP =
  /\bonly (?:buy|invest|spend|bet|stake|put in|risk|trade with) (?:what|money|as much as|an amount) (?:you )?(?:can|could) (?:afford|bear) to lose\b|\b(?:call|contact|ring|phone|dial) (?:your (?:local )?|the (?:local )?|a )?(?:emergency (?:number|services|line)|911|999|112|police|ambulance|doctor|gp|poison (?:control|centre|center)|crisis (?:line|team)|helpline|samaritans)\b/;
const SELLS_PROTECTION = /[!¡]|\b(?:buy|order|upgrade|subscribe|get (?:our|the|a)|add|protect yourself with|sign up)\b(?! what\b)/;
export function limitsSpendingOrSendsForHelp(text: string): boolean {
  return LIMITS_SPENDING_OR_SENDS_FOR_HELP.test(text) && !SELLS_PROTECTION.test(text.replace(LIMITS_SPENDING_OR_SENDS_FOR_HELP, ' '));
}
/**
 * "Until you cancel" in a text with no money in it ("limit orders stay open until filled or until you cancel them", "the
 * alert stays on until you cancel it"): something the reader set up runs until they stop it, and nothing is charged by
 * it. With any word of a charge, a price, a period of billing, a plan or a renewal, the cue keeps its weight.
 */
const MONEY_OR_TERM = /\d|[€$£%]|\b(?:charg\w*|bill\w*|pay\w*|paid|renew\w*|subscri\w*|members?(?:hip)?|plans?|trials?|fees?|prices?|pricing|costs?|monthly|weekly|yearly|annual\w*|month|year|week|deliver\w*|box(?:es)?|orders? (?:again|every)|debit\w*|premium|free)\b/;
const UNTIL_YOU_CANCEL = /\b(?:until|unless) (?:you )?cancel/;
export function untilCancelledWithNoMoney(text: string): boolean {
  return UNTIL_YOU_CANCEL.test(text) && !MONEY_OR_TERM.test(text);
}
const answersUntilCancelled = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'sneaking.unless-cancelled');
const answersCouldLose = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'fear.you-could-lose');
const restsOnModel = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model');
const HURRY_CUES: ReadonlySet<string> = new Set(['urgency.hurry', 'urgency.act-now', 'urgency.ml-hurry']);
const answersHurry = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || HURRY_CUES.has(id));
const CUT_OFF_CUES: ReadonlySet<string> = new Set([...END_DATE_CUES, 'urgency.limited-time', 'urgency.only-today', 'urgency.final-hours']);
const answersCutOff = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || CUT_OFF_CUES.has(id));
/** Answers a finding resting on urgency cues alone (a hurry, a cut-off, a hold timer), never another tactic's cue. */
const answersUrgencyCues = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id.startsWith('urgency.'));
const WEAR_CUES: ReadonlySet<string> = new Set(['fear.harm-under-way', 'fear.fails-any-moment']);
const answersWear = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || WEAR_CUES.has(id));
const answersActNow = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || id === 'urgency.act-now');

const QUOTE_OR_AWARD_CUES: ReadonlySet<string> = new Set(['social-proof.testimonial', 'social-proof.rated-number-one']);
const answersQuoteOrAward = (evidence: readonly string[]): boolean => evidence.every((id) => id === 'model' || QUOTE_OR_AWARD_CUES.has(id));

/** The terms, in the order they are applied. */
export const STATED_TERMS: readonly StatedTerm[] = [
  { label: 'scarcity', name: 'a coming restock', holds: statesRestock, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'a deadline that recurs on a schedule', holds: statesRecurringSchedule, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'scarcity', name: 'ample stock of an alternative', holds: statesAlternativeInStock, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'scarcity', name: "a count explained by the item's state", holds: statesCountExplained, answers: anyFinding, discount: EXPLAINED_DISCOUNT },
  { label: 'scarcity', name: 'a count out of a stated finite lot', holds: statesFiniteLot, answers: anyFinding, discount: EXPLAINED_DISCOUNT },
  { label: 'scarcity', name: 'a count read at a named shop or warehouse', holds: statesStoreLocatedCount, answers: anyFinding, discount: EXPLAINED_DISCOUNT },
  { label: 'sneaking', name: "a cost that follows from the buyer's own choice", holds: (text) => COST_ON_BUYERS_CHOICE.test(text), answers: namesCostOnly, discount: COST_ANSWERED_DISCOUNT },
  { label: 'sneaking', name: 'a cost charged by another party', holds: (text) => CHARGED_BY_ANOTHER_PARTY.test(text), answers: namesCostOnly, discount: COST_ANSWERED_DISCOUNT },
  { label: 'sneaking', name: 'a cost refunded', holds: statesRefund, answers: namesCostOnly, discount: COST_ANSWERED_DISCOUNT },
  { label: 'sneaking', name: 'a default that costs nothing', holds: statesFreeDefault, answers: answersDefaultCue, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: 'a renewal the buyer switches on if they wish', holds: (text) => OPT_IN_BY_BUYER.test(text), answers: answersRenewalCue, discount: OPPOSITE_DISCOUNT },
  { label: 'injection', name: 'the decision handed back to the person', holds: (text) => DECISION_HANDED_BACK.test(text), answers: answersTellOwner, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: 'every fee inside the price shown', holds: (text) => PRICE_INCLUDES_ALL.test(text), answers: namesCostOnly, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: 'a zero amount chosen', holds: statesZeroAmountChosen, answers: answersDefaultOrAddedCue, discount: OPPOSITE_DISCOUNT },
  { label: 'forced-action', name: 'a way around the demand', holds: statesWayAroundDemand, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'forced-action', name: "the demand's reason in the service", holds: statesReasonForDemand, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'scarcity', name: 'the source of a stock count stated', holds: statesStockSource, answers: anyFinding, discount: EXPLAINED_DISCOUNT },
  { label: 'urgency', name: 'a sale window published ahead', holds: statesPublishedWindow, answers: anyFinding, discount: EXPLAINED_DISCOUNT },
  { label: 'urgency', name: 'an end date shown before the buyer commits', holds: statesDateShownBeforeCommitting, answers: answersEndDate, discount: EXPLAINED_DISCOUNT },
  { label: 'urgency', name: 'what follows the deadline stated', holds: statesAfterState, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'an end that falls back to a free plan', holds: (text) => !PRESSING.test(text) && statesFreeFallback(text), answers: answersEndDate, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: 'a fee stated inside a stated total', holds: (text) => FEE_INSIDE_STATED_TOTAL.test(text), answers: namesCostOnly, discount: COST_ANSWERED_DISCOUNT },
  { label: 'social-proof', name: 'the source of a count stated', holds: statesCountSource, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'social-proof', name: 'a quote or award with its named, dated source', holds: statesDatedSource, answers: answersQuoteOrAward, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'a lead time set relative to the booked thing', holds: statesLeadTimeRule, answers: answersEndDate, discount: OPPOSITE_DISCOUNT },
  { label: 'forced-action', name: 'a demand asked about and answered no', holds: (text) => DEMAND_ANSWERED_NO.test(text), answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: 'a fee asked about and answered no', holds: (text) => FEE_ANSWERED_NO.test(text), answers: namesCostOnly, discount: OPPOSITE_DISCOUNT },
  { label: 'authority', name: 'the evidence published', holds: (text) => EVIDENCE_PUBLISHED.test(text), answers: anyFinding, discount: VERIFIABLE_DISCOUNT },
  { label: 'obstruction', name: 'a term binding both sides', holds: (text) => BINDS_BOTH_SIDES.test(text), answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'obstruction', name: 'an early-exit cost of a fixed term stated with the offer', holds: (text) => FIXED_TERM_STATED.test(text), answers: answersEarlyExit, discount: OPPOSITE_DISCOUNT },
  { label: 'obstruction', name: 'a free way out stated with the early-exit cost', holds: (text) => FREE_EXIT_WINDOW.test(text), answers: answersEarlyExit, discount: OPPOSITE_DISCOUNT },
  { label: 'obstruction', name: 'another channel for the same act', holds: statesOtherChannel, answers: answersHardChannel, discount: OPPOSITE_DISCOUNT },
  { label: 'scarcity', name: 'a count stated as a fact, with no push', holds: statesPlainCount, answers: answersCount, discount: EXPLAINED_DISCOUNT },
  { label: 'sneaking', name: 'an extra shown as not added', holds: statesShownNotAdded, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'social-proof', name: 'a recall notice scoping a sales period', holds: (text) => RECALL_NOTICE.test(text), answers: answersSoldCount, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: "a cut-off with the seller's operational reason", holds: statesOperationalReason, answers: anyFinding, discount: EXPLAINED_DISCOUNT },
  { label: 'fear', name: 'usage advice about a consumable', holds: statesConsumableAdvice, answers: answersLeaveUnprotected, discount: OPPOSITE_DISCOUNT },
  { label: 'authority', name: "the recommender's interest disclosed", holds: (text) => INTEREST_DISCLOSED.test(text), answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'misdirection', name: 'advice against the popular option', holds: (text) => ADVICE_AGAINST_POPULAR.test(text), answers: answersMostChoose, discount: OPPOSITE_DISCOUNT },
  { label: 'scarcity', name: 'a next run of the counted thing', holds: (text) => !PRESSING.test(text) && !PRESSING_ML.test(text) && statedUnnegated(NEXT_RUN, text, 16, NEXT_RUN_NEGATION), answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'misdirection', name: 'a popular choice explained by a saving with both prices', holds: (text) => !PRESSING.test(text) && POPULAR_FOR_STATED_SAVING.test(text), answers: answersMostChoose, discount: OPPOSITE_DISCOUNT },
  { label: 'misdirection', name: 'a fallback to a free plan', holds: statesFreeFallback, answers: answersPaidDefault, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: 'a fallback to a free plan', holds: statesFreeFallback, answers: answersPaidDefault, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'the end of a production run stated once', holds: statesProductionRunEnd, answers: answersProductionEnd, discount: OPPOSITE_DISCOUNT },
  { label: 'fear', name: "a warning about the order of the reader's steps", holds: statesStepOrderWarning, answers: answersCouldLose, discount: OPPOSITE_DISCOUNT },
  { label: 'injection', name: 'advice against the sale or an honest decline', holds: advisesAgainstSale, answers: restsOnModel, discount: OPPOSITE_DISCOUNT },
  { label: 'fear', name: 'advice against the sale or an honest decline', holds: advisesAgainstSale, answers: restsOnModel, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'advice to fix the cause before buying', holds: advisesFixFirst, answers: answersActNow, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: "a hurry for the reader's own sake, with no offer", holds: hurriesForReadersOwnSake, answers: answersHurry, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'a deadline for a right the reader holds or a departure', holds: deadlineOfRightOrDeparture, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: "a cut-off with its cause, with no push and no offer", holds: cutOffCauseStated, answers: answersCutOff, discount: EXPLAINED_DISCOUNT },
  { label: 'fear', name: 'care advice with a remedy the reader carries out alone', holds: advisesOwnRemedy, answers: answersWear, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: "a carrier's delivery cut-off or a venue's hours or season", holds: carrierOrVenueClock, answers: answersCutOff, discount: EXPLAINED_DISCOUNT },
  { label: 'urgency', name: 'a deadline in a text with nothing for sale', holds: deadlineWithNothingForSale, answers: answersCutOff, discount: OPPOSITE_DISCOUNT },
  { label: 'urgency', name: 'waiting stated to cost nothing', holds: waitingCostsNothing, answers: answersUrgencyCues, discount: OPPOSITE_DISCOUNT },
  { label: 'scarcity', name: 'a capacity the service sets for itself', holds: statesCapacityRule, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
  { label: 'sneaking', name: "'until you cancel' with no money in the text", holds: untilCancelledWithNoMoney, answers: answersUntilCancelled, discount: OPPOSITE_DISCOUNT },
  { label: 'fear', name: 'a warning that limits spending or sends the reader for help', holds: limitsSpendingOrSendsForHelp, answers: anyFinding, discount: OPPOSITE_DISCOUNT },
];
