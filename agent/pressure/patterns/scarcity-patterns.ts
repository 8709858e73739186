import { NUM, TIME_UNIT, re, tacticPatterns } from './tactic-pattern.ts';

const NOT_TIME = String.raw`(?!\s*(?:hours?|hrs?|days?|minutes?|mins?|weeks?|seconds?|secs?)\b)`;
const STOCK_WORDS = String.raw`(?:left|remaining|remain|available|in stock|to go|still available)`;

/** Cues of claimed scarcity. */
export const SCARCITY_PATTERNS = tacticPatterns('scarcity', [
  ['only-n-left', 0.95, re`\b(?:only|just)\s+${NUM}${NOT_TIME}\s+(?:[a-z-]+\s+){0,3}?${STOCK_WORDS}\b(?!-)`],
  ['n-left', 0.82, re`(?<!\bthe\s)(?<!\d[:.])\b(?!\d+\s*(?:${TIME_UNIT}|months?|years?)\b)${NUM}\s+(?:(?!(?:days?|hours?|minutes?|weeks?|months?|years?|percent|per|pct)\b)[a-z-]+\s+){0,2}?(?:left|remaining|remain)\b(?![- ](?:handed|side|hand|foot|shoe|earbud|pocket|click))`],
  ['few-left', 0.9, re`\b(?:few|handful|couple|last few)${NOT_TIME}\s+(?:[a-z-]+\s+)?(?:left|remaining|remain)\b`],
  ['fewer-than', 0.85, re`\b(?:fewer|less) than\s+${NUM}\s+(?:[a-z-]+\s+){0,2}?${STOCK_WORDS}\b`],
  ['low-stock', 0.9, re`\blow (?:in )?(?:stock|inventory|availability|supply)\b`],
  ['stock-running-low', 0.88, re`\b(?:stock|stocks|supplies|inventory|availability)\s+(?:is |are )?(?:running |getting |very )?(?:low|out|scarce|thin)\b|(?<!time\s(?:is\s)?)(?<!\b(?:you'?re|you are|you get|you'?re getting|you are getting)\s)\brunning (?:low|out)\b(?! of time)`],
  ['almost-gone', 0.95, re`\b(?:almost|nearly|virtually|practically|all but)\s+(?:gone|sold out|out of stock|out|all gone)\b`],
  ['selling-fast', 0.9, re`\b(?:selling|going|sell(?:s|ing)? out|disappearing|flying off(?: the shelves)?)\s+(?:fast|quickly|quick|rapidly)\b|\bgoing fast\b|\bselling out\b|\bselling faster\b|\bflying off the shelves\b`],
  ['limited-stock', 0.86, re`\blimited[- ](?:stock|quantit(?:y|ies)|supply|supplies|edition(?!\s+(?:colou?rs?|colou?rways?|prints?|designs?|flavou?rs?|scents?|artwork|covers?|patterns?|shades?|finish(?:es)?|glazes?|fabrics?|materials?|trims?|tones?|hues?|leathers?|woods?|labels?|packaging|artwork)\b)|availability|release|run|numbers?|pieces|pairs|units|batch|drop|seats|spots|production|series)\b`],
  ['stock-is-limited', 0.86, re`\b(?:stock|stocks|supply|supplies|quantities|quantity|availability|seats|spots|numbers|places)\s+(?:is |are )?(?:very |strictly |extremely )?limited\b|\bstrictly limited\b`],
  ['while-supplies-last', 0.9, re`\bwhile (?:supplies|stocks?|quantities|they|inventory) lasts?\b|\buntil (?:stocks?|supplies|inventory) (?:runs? out|lasts?|are gone|is gone)\b`],
  ['high-demand', 0.85, re`\b(?:in )?(?:high|huge|big|heavy|great|unusually high) demand\b(?![^.!?\n]{0,50}?\b(?:deliver\w*|dispatch\w*|repl(?:y|ies)|responses?|waiting times?|delays?|longer|slower|support|queues?|helpline|answer\w*|book(?:s|ed)? (?:out|up) (?:about |around |roughly )?(?:\d+|a|one|two|three|four|several) (?:days?|weeks?) (?:ahead|in advance)|lead times?)\b)`],
  // "In our last batch", "since the last batch": after "in/since/during" and a determiner, "last" is the previous lot
  // (a past reference, as "in the last day" is for urgency), not the final units.
  ['last-units', 0.8, re`(?<!\b(?:in|since|during) )\b(?:our |the )?(?<!\b(?:in|since|during|was|were) (?:our|the|this|their|its|my) )last\s+(?:\d+\s+)?(?:one|ones|item|items|pair|pairs|piece|pieces|unit|units|few|remaining|batch|bottles?|bags?|rooms?|seats?|spots?|tickets?|copies|stock)\b(?!\s+(?:i|we|you|he|she|they|my|our)\b)`],
  ['percent-sold', 0.9, re`\b\d{1,3}\s*%\s*(?:sold|claimed|gone|booked|taken|reserved)\b|\b(?:claimed|sold)\s*:?\s*\d{1,3}\s*%(?!\s*(?:below|under|off|less|cheaper|above|over|more|than|of (?:the|its|rrp|list))\b)`],
  ['gone-for-good', 0.9, re`\b(?:once|when) (?:it'?s|they'?re|it is|they are|these are|this is) gone\b`],
  ['no-restock', 0.85, re`\b(?:will not|won'?t|may not|might not|never|not going to)\s+(?:be\s+)?restock(?:ed)?\b|\brestock(?:ing)? (?:is )?unlikely\b|\bno restock\b`],
  ['sells-out-soon', 0.85, re`\b(?:sell(?:s)? out|sold out|sellout)\s+(?:soon|quickly|fast|every time)\b|\blikely to sell out\b|\bbefore (?:it|they|these|this) sells? out\b|\bwill sell out\b|\bbefore (?:it'?s|they'?re) sold out\b`],
  ['short-supply', 0.9, re`\bshort supply\b|\bscarce\b`],
  ['only-n-made', 0.85, re`\b(?:only|just)\s+${NUM}\s+(?:[a-z-]+\s+)?(?:made|produced|worldwide|in the world|ever made|in existence|pressed|printed)\b`],
  ['rare-find', 0.6, re`\brare find\b|\bhard to find\b|\bhard-to-find\b`],
  ['stock-wont-last', 0.85, re`\b(?:stock|stocks|supplies|inventory)\s+(?:will not|won'?t)\s+last\b`],
  ['availability-only', 0.85, re`\bavailability\s*:\s*(?:only|just)\s+${NUM}`],
  ['very-limited', 0.78, re`\bvery limited\b|\blimited to\s+(?:only\s+)?\d[\d,]*\s+(?:[a-z]+\s+)?(?:bags|units|pieces|pairs|bottles|items|copies|numbered|made|boxes|sets|tickets|seats)\b`],
  ['sold-out-most', 0.8, re`\bsold out in (?:most|many|several|some|almost all|nearly all) (?:sizes|colou?rs|styles|variants)\b|\bcapped at\s+\d`],
  // Vague running-out stock pushed: "grab one of the last kits", "we may never get this strain again", "order yours before
  // they vanish".
  ['grab-the-last', 0.86, re`\b(?:grab|buy|order|secure|snap up|claim|bag) (?:one of )?(?:the|our) (?:very )?(?:last|final) (?:few |remaining )?[a-z-]+\b`],
  ['never-again', 0.82, re`\b(?:may|might|will|could) never (?:get|see|stock|have|find|source|offer) (?:this|these|it|them|that|one|such)\b[^.!?\n]{0,30}?\bagain\b`],
  ['before-they-vanish', 0.86, re`\bbefore (?:they|it|these|those|stocks?|supplies) (?:vanish|vanishes|disappear|disappears|dry up|dries up|are all gone|is all gone)\b`],
  ['stock-count', 0.8, re`^\W*(?:stock|in stock|qty left|quantity left)\s*:\s*\d{1,2}\W*$`],
  ['cant-keep-stock', 0.8, re`\bhard to keep in stock\b|\bcan'?t keep (?:it |them |this |these )?in stock\b|\b(?:suppliers?|we) can'?t keep up\b`],
  ['first-n-customers', 0.8, re`\b(?:only|just|limited to|reserved for|available (?:to|for)|for|to)\s+(?:the\s+)?(?:first|next)\s+\d[\d,]*\s+(?:customers|buyers|orders|shoppers|people|visitors|subscribers|members)\b(?!\s+(?:get|receive)\s+(?:free|a)\s+(?:shipping|delivery))`],
  ['in-short', 0.7, re`\bonly a (?:handful|couple|few)\b(?!\s+(?:of\s+)?(?:minutes|hours|days|seconds|clicks|steps))`],
  // The buyer's own supply or quota running out ("when you're running low", "storage almost full: 9.2 GB of 10 GB used")
  // is about their account or cupboard, not the shop's stock.
  ['almost-booked', 0.85, re`\b(?:almost|nearly|practically) (?:fully |completely )?(?:booked(?: up| out)?|(?<!\b(?:storage|mailbox|inbox|quota|memory|disk|drive|space|cloud|library|account|data|battery|tank|allowance|card|sd card|phone|camera|bin|basket|cart)(?: is| are)? (?:almost|nearly|practically) (?:fully |completely )?)full|sold out)\b|\b(?:filling|booking) up (?:fast|quickly|rapidly)\b`],
  ['may-run-out', 0.8, re`\b(?:may|might|could|will|about to|going to|likely to|set to|expected to)\s+(?:soon\s+)?run out\b|\brun(?:ning)? out (?:soon|fast|quickly)\b|\bbefore (?:we|they|it|stock) runs? out\b|\b(?:the )?final (?:few|handful|couple)\b(?!\s+(?:of\s+)?(?:minutes|hours|days|weeks|steps|years|months|seconds))`],
]);
