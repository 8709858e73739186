import { re, tacticPatterns } from './tactic-pattern.ts';

const DECLINE = String.raw`(?:no|nope|nah|no way|not now|not today|maybe later|skip(?: it| this)?|i'?ll pass|pass|decline|cancel|close)`;
const SELF = String.raw`(?:i|i'm|i'd|i'll|i've|im|id|ill|i am|i would|i will|my)`;

/** Cues of a decline option that mocks or guilts the person. */
export const CONFIRMSHAMING_PATTERNS = tacticPatterns('confirmshaming', [
  ['decline-then-i', 0.8, re`^\W*${DECLINE}\b[\s,.!-]*(?:thanks?|thank you|thx)?[\s,.!-]*${SELF}\b`],
  ['pay-full-price', 0.95, re`\b(?:i|i'?d|i would|i'?ll|i will)\s+(?:rather|prefer to|prefer|like|enjoy|love|want to|happily|gladly)\s+(?:to\s+)?(?:keep\s+)?(?:pay(?:ing)?|spend(?:ing)?|overpay(?:ing)?)\s+(?:the\s+)?(?:full|more|extra|retail|double|too much|the full|for)\b`],
  ['dont-want-good-thing', 0.85, re`\bi\s+(?:don'?t|do not|dont)\s+(?:want|like|need|care about|care for|deserve)\s+(?:to\s+)?(?:save|saving|savings|discounts?|deals?|money|free|my|to look|to feel|to be|healthier|better|exclusive|smart|nice|the (?:discount|deal|offer|savings|gift)|a (?:discount|deal|treat|bargain)|good|comfort|protection|to learn|to protect|to sleep|to improve|softer|younger|glowing|shiny)`],
  ['rather-miss', 0.88, re`\bi(?:'?d| would)? rather\s+(?:miss|pay|stay|keep|not|risk|be|have|stick|go|look|remain|suffer|lose|waste)\b`],
  ['fine-with-loss', 0.85, re`\bi(?:'?m| am)\s+(?:ok|okay|fine|happy|good|content|cool)\s+(?:with\s+)?(?:paying|overpaying|missing|wasting|losing|being|having|spending|wet|sore|cold|tired)\b`],
  ['hate-savings', 0.85, re`\b(?:i\s+)?(?:hate|don'?t like|do not like|dislike)\s+(?:saving|savings|deals|discounts|free|money|good deals|bargains|a bargain)\b`],
  ['not-interested-saving', 0.82, re`\bnot interested in\s+(?:saving|savings|deals|discounts|free|better|being|looking|feeling|a discount|\d+%|good)\b`],
  ['enjoy-loss', 0.9, re`\bi\s+(?:like|enjoy|love|prefer)\s+(?:wasting|paying|overpaying|missing|being|spending|losing|looking|feeling|having)\b`],
  ['decline-ill', 0.85, re`^\W*${DECLINE}\b[^!?\n]{0,20}\b(?:i'?ll|i will)\s+(?:pay|stay|keep|miss|take my chances|risk|suffer|live|struggle|pass on)\b`],
  ['prefer-stay-bad', 0.85, re`\bi\s+(?:prefer|want)\s+to\s+(?:stay|remain|be|keep being|look|feel)\s+(?:uninformed|ugly|tired|broke|poor|boring|unhealthy|ignorant|behind|average|wrinkly|old|slow|uncomfortable|out of the loop)\b`],
  ['not-for-me', 0.8, re`\b(?:discounts?|deals?|savings?|saving money|free (?:stuff|shipping|gifts?)|bargains?|good (?:coffee|sleep|style|taste))\s+(?:aren'?t|are not|isn'?t|is not)\s+for me\b|\b(?:aren'?t|are not|isn'?t|is not|wasn'?t|was not)\s+(?:meant\s+|made\s+)?for (?:people like me|someone like me|the likes of me|me anyway)\b(?!\s*\?)`],
  // Declining framed as throwing away something plainly good: "I'll pass on free money".
  ['pass-on-good-thing', 0.8, re`\b(?:i'?ll|i will|i'?d rather|i would rather)\s+(?:just\s+)?pass on\s+(?:free (?:money|stuff|gifts?|shipping|delivery|cash)|savings?|saving money|a bargain|money|(?:the |my )?(?:savings|free gift|bonus))\b`],
  ['give-up-discount', 0.82, re`\b(?:lose|give up|forfeit|throw away|waste)\s+my\s+(?:\d+\s*%\s+)?(?:discount|savings?|gift|welcome|free|reward|coupon|deal|offer)\b`],
  ['stay-bad', 0.7, re`\bi(?:'?ll| will)\s+(?:stay|remain|keep being)\s+(?:stressed|tired|broke|ugly|uninformed|sore|wet|cold|poor|slow|behind|unhealthy|bored)\b`],
  ['im-rich', 0.8, re`\bi(?:'?m| am)\s+(?:rich|not into\s+(?:smart|saving|savings|deals))\b|\bmoney(?: is)? no object\b`],
  ['pay-more-later', 0.75, re`\b(?:decline|skip)\b[^!?\n]{0,25}\b(?:pay more|lose my|full price)\b`],
  ['i-pay-full', 0.85, re`\bi(?:'?m| am| will|'ll|'d| would)?\b[^!?\n]{0,25}?\b(?:pay(?:ing)?|spend(?:ing)?)\s+(?:the\s+)?(?:full|more|retail|double|extra)\s+(?:price|money)?`],
  ['ill-miss-out', 0.8, re`\bi(?:'?ll| will)\s+(?:just\s+)?miss out\b`],
  ['close-and-miss', 0.85, re`\b(?:close|skip|continue|no|decline|exit|leave)\b[^!?\n]{0,20}?\b(?:and|to)\s+(?:miss|lose|forfeit|give up|waste|throw away|abandon|sacrifice)\s+(?:out on\s+)?(?:all\s+(?:of\s+)?)?my\b`],
  // A decline option carrying the shop's verdict on the person who clicks it: "(I accept losing everything)",
  // "(not recommended for careful owners)", "I'm fine with my dog eating cheap food".
  ['decline-with-verdict', 0.82, re`\b(?:continue|proceed|go on|leave|skip|no thanks|decline|close|check ?out|checkout)\b[^!?\n(]{0,30}?\(\s*(?:i (?:accept|understand|agree|know|admit|don'?t|do not|'?m (?:fine|ok|okay|happy))|not recommended for (?:careful|smart|savvy|responsible|sensible|good|caring|loving|serious))\b`],
  ['accept-the-loss', 0.82, re`\bi (?:accept|understand|agree)\b[^!?\n]{0,15}?\b(?:losing|to lose|the risk of losing|that i (?:might|may|could|will|'ll) lose|paying (?:more|full|double|extra)|it (?:might|may|could|will) break)\b`],
  ['fine-with-someone-suffering', 0.8, re`\bi(?:'?m| am)\s+(?:fine|ok|okay|happy|content|cool)\s+with\s+(?:my\s+)?(?:[a-z]+\s+){1,2}?(?:eating|wearing|using|drinking|sleeping|getting|going|living|being|having|feeling|looking)\s+(?:cheap|worse|bad|poor|less|low|inferior|unhealthy|uncomfortable|nothing|without)\b`],
  ['continue-without-saving', 0.7, re`\bcontinue without (?:saving|savings|my (?:discount|gift|savings)|the discount|a discount)\b`],
  ['im-not-someone-who', 0.8, re`\bi(?:'?m| am) not (?:a|an|the kind of|someone|somebody)\b[^!?\n]{0,30}?\b(?:who|that)\s+(?:cares?|wants?|likes?|values?|needs?)\b`],
  ['keep-me-dark', 0.85, re`\bkeep me (?:in the dark|uninformed|out of the loop)\b|\bi (?:already )?know everything\b|\bi don'?t read\b`],
  ['fine-with-bad', 0.82, re`\bi(?:'?m| am)\s+(?:fine|ok|okay|happy|good|content|cool)\s+with\s+(?:a |an |my |the )?(?:slow|old|broken|dull|boring|mediocre|average|messy|cluttered|dry|frizzy|cracked|sad|tired|worn[- ]out|outdated|wrinkled|patchy|basic|bland|lumpy|uncomfortable|blurry|grainy|laggy)\b`],
  ['and-miss-everything', 0.8, re`\b(?:unsubscribe|close|skip|leave|decline|no thanks|exit|cancel)\b[^!?\n]{0,15}?\band (?:miss|lose) (?:out )?(?:on )?(?:everything|all (?:the|of|my|our)|exclusive|the best)\b`],
  ['take-my-chances', 0.78, re`^\W*i(?:'ll| will)\s+(?:just\s+)?(?:take my chances|risk it|live with (?:it|the)|go without|manage without|deal with (?:it|the consequences))\b`],
  ['leave-unprotected', 0.8, re`\bleave (?:my|our) (?:[a-z]+ ){1,2}?(?:unprotected|exposed|uninsured|vulnerable|at risk)\b`],
  ['without-my-reward', 0.8, re`\b(?:leave|go|exit|continue|proceed|check ?out|checkout|close)\s+without\s+my\s+(?:\d+\s*%\s+)?(?:[a-z]+\s+){0,2}?(?:discount|free gift|gift|savings?|rewards?|points|bonus|voucher|coupon|offer|perks?)\b|\b(?:leave|go|exit|continue|proceed|check ?out|checkout|close)\s+without\s+my\s+[£$€]?\d+\s*%?\s+off\b`],
  ['real-x-dont', 0.72, re`\breal (?:[a-z]+ )?(?:bakers|runners|cooks|chefs|gamers|fans|gardeners|parents|men|women|athletes|travell?ers|readers|artists|pros|professionals|[a-z]+ers)\s+(?:don'?t|never|wouldn'?t|won'?t)\s+(?:settle|skip|miss|leave|go without|say no|choose|compromise)\b`],
  ['keep-overpaying', 0.8, re`\b(?:i'?ll|i will|and|i'?d (?:rather|prefer to)|i would (?:rather|prefer to))\s+(?:just\s+)?(?:keep|go on|carry on|continue)\s+(?:over-?paying|wasting|missing out|paying (?:more|full price|extra|too much|(?:[a-z]+ )?(?:fees|charges|interest)))\b`],
  ['bad-is-fine-by-me', 0.78, re`\b(?:boring|bland|dull|slow|ugly|old|cold|mediocre|sad|messy|dry|frizzy|broken|tired|average|stale|soggy|lumpy|grey)\s+[a-z]+\s+(?:is|are)\s+(?:fine|ok|okay|good enough)\s+(?:by|for|with)\s+me\b`],
  // The decline option's own wording frames the person: a decline word, a break, then a first-person clause ("Skip —
  // my pet's health can wait", "Not now, I'd rather…", "Unsubscribe: I don't care…"), or a decline that leaves someone
  // or something without ("No, let the children go without", "Proceed unprotected").
  ['decline-frame-first-person', 0.72, re`^\W*(?:no|nope|not now|not today|skip(?: [a-z]+){0,2}|decline(?: [a-z]+)?|close(?: this)?|unsubscribe|cancel|leave|exit|continue without [a-z]+(?: [a-z]+)?|proceed|keep (?:my|paying|the|using)\b[^,:;(\n-]{0,25}|remove [a-z]+(?: [a-z]+)?)\s*(?:[,:;(-]|\.\.\.)\s*(?:and\s+)?(?:i|i'm|i'd|i'll|i've|my|me|let)\b|^\W*(?:no|not now|skip(?: [a-z]+){0,2}|decline(?: [a-z]+)?|close(?: this)?|unsubscribe|cancel|leave|exit)\s+and\s+(?:stay|remain|keep being|go on being)\s+(?!(?:on|in|at|with|here|there|subscribed|signed|logged|connected)\b)[a-z]+|^\W*(?:no|not now|skip(?: [a-z]+){0,2}|decline(?: [a-z]+)?|close(?: this)?|unsubscribe|cancel|leave|exit)\s+and\s+(?:keep my|fall behind|miss out|lose my|let)\b`],
  // A decline whose label calls a plainly good thing overrated: "No thanks, healthy teeth are overrated".
  ['decline-good-overrated', 0.8, re`^\W*(?:no|nope|nah|not now|skip|decline)\b[^!?\n]{0,40}?\b(?:is|are|'s|'re)\s+(?:so\s+)?(?:overrated|over-rated)\b`],
  ['i-dont-want-to-support', 0.8, re`\bi (?:don'?t|do not) (?:want to |wish to |need to )?(?:support|help|protect|feed|care for|look after)\b`],
  ['let-go-without', 0.82, re`\blet (?:the |my |our )?(?:[a-z]+ ){0,2}?(?:go without|suffer|starve|wilt|struggle|go hungry)\b`],
  ['proceed-unprotected', 0.8, re`\b(?:proceed|continue|go on|check ?out|leave|stay|travel|ride|drive)\s+(?:[a-z]+\s+)?(?:unprotected|uninsured|unprepared|exposed)\b`],
]);
