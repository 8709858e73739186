import { re, tacticPatterns } from './tactic-pattern.ts';

const HARM = String.raw`(?:ruin|ruins|destroy|destroys|damage|damages|harm|harms|hurt|hurts|injure|injures|kill|kills|cost you|set|start|starts|burn|burns|break|breaks|wreck|wrecks|end|ends|blind|poison|poisons|explode|fail|fails|leave you|leak|give you|fry|fries|electrocute|electrocutes|flood|floods|maim|choke|chokes|crush|crushes)`;

/** Cues of fear, threat and regret. */
export const FEAR_PATTERNS = tacticPatterns('fear', [
  ['dont-risk', 0.88, re`\b(?:don'?t|do not|never)\s+(?:risk|gamble (?:with|on)|take (?:any )?(?:chances|a chance|the risk|risks)(?: (?:with|on)\b|(?=\s*(?:[.!]|$)))|put\s+(?:your|yourself|you|them)\b[^!?\n]{0,20}?(?:at risk|in danger))(?:\s+(?!and\b|or\b|but\b|on\b|with\b)[a-z']+){0,2}`],
  ['why-risk', 0.85, re`\bwhy (?:risk|gamble|take the risk|take chances)\b|\bis it worth the risk\b`],
  ['dont-leave-unprotected', 0.85, re`\b(?:don'?t|do not|never)\s+leave\s+(?:your|yourself|you|them|the)\b[^!?\n]{0,30}?\b(?:unprotected|exposed|vulnerable|at risk|unguarded|defenceless|defenseless|unsafe|in danger|without)\b`],
  ['dont-let-suffer', 0.8, re`\b(?:don'?t|do not)\s+let\s+(?:your|a|the|this|cheap|bad|thieves|hackers|them|it)\b[^!?\n]{0,30}?\b(?:suffer|hurt|ruin|cost|breathe|win|happen|steal|get (?:hurt|sick|wet|cold|injured|stolen)|be (?:hurt|stolen|ruined|lost))`],
  ['too-late', 0.9, re`\b(?:before|until|till)\s+it(?:'s| is)\s+too late\b|\bbefore it'?s gone for good\b`],
  ['too-late-bare', 0.6, re`\btoo late\b`],
  ['regret', 0.9, re`\byou(?:'ll| will| may| might| would)\s+(?:\w+\s+)?regret\b|\bregret (?:it|not|later|missing|waiting|this)\b|\b(?:don'?t|do not|never)\s+(?:live with\s+)?regret\b|\bregret is\b|\bno regrets? later\b`],
  ['be-sorry', 0.8, re`\b(?:don'?t|do not) be sorry\b|\bbe sorry later\b|\bbetter safe than sorry\b|\byou'?ll be sorry\b`],
  ['at-risk', 0.82, re`\b(?:your|you|family|families|home|house|data|health|kids|children|child|identity|skin|car|savings|loved ones|pet|baby|business|privacy|feet|knees|back)\b[^!?\n]{0,30}?\b(?:(?:is|are|could be|may be|might be|will be|remain)\s+)?(?:at risk|in danger|in harm'?s way|under threat|exposed to|(?:could be|can be|will be|may be|get|gets|getting) (?:stolen|hacked|damaged|ruined|lost|hurt|injured|robbed|compromised|wiped))\b`],
  ['are-you-safe', 0.85, re`\b(?:is|are)\s+(?:your|you)\b[^!?\n]{0,25}?\b(?:really|truly|actually|fully)?\s*(?:safe|protected|secure|prepared|covered|ready)\b[^!?\n]{0,60}\?`],
  ['imagine-losing', 0.8, re`\b(?:imagine|picture)\s+(?:losing|being (?:stuck|stranded|left|caught|robbed|hacked|burgled)|getting (?:hurt|injured|robbed|hacked|sick)|your\s+[a-z]+(?:\s+[a-z]+)?\s+(?:without|being|getting|stolen|ruined|gone|on fire|flooded|soaked|destroyed|broken|smashed)|(?:the|a)\s+(?:worst|disaster|accident|fire|flood|break-in))`],
  ['cheap-harms', 0.85, re`\b(?:cheap|cheaper|inferior|knock-?offs?|fakes?|counterfeits?|uncertified|generic|worn[- ]out|bad|low[- ]quality|poor[- ]quality|unbranded|imitation)\b[^!?\n]{0,30}?\b(?:can|could|will|may|might|often|do)\s+(?:\w+\s+){0,3}?(?:and\s+)?${HARM}\b`],
  ['cost-you', 0.85, re`\b(?:could|can|will|may|might)\s+cost you\b[^!?\n]{0,25}?\b(?:life|lives|thousands|dearly|everything|a fortune|more(?! than)|your)\b|\bcostly mistake\b|\bexpensive mistake\b`],
  ['every-day-you-wait', 0.82, re`\b(?:every|each)\s+(?:day|minute|hour|second|week|night|year)\s+(?:you wait|without|you delay|that passes|of delay)\b|\bthe longer you wait\b|\bgets? worse (?:every|each|the longer)\b`],
  ['gets-worse', 0.6, re`\b(?:only )?gets? worse\b|\bgetting worse\b`],
  ['statistics-of-doom', 0.8, re`\b(?:injur(?:y|ies|ed)|hacked|stolen|burglar(?:y|ies|ized|ised)|break-ins?|accidents?|fires?|thefts?|infections?|falls?|sprains?|fractures?|breakdowns?|blisters)\b[^!?\n]{0,40}?\b(?:every (?:year|day|week|minute|hour|\d+ (?:seconds?|minutes?))|more common than you think|happen (?:every|all the time|when you least expect|in (?:shoes|homes|cars|people) like))`],
  ['more-common', 0.75, re`\bmore common than you (?:think|realise|realize|imagine)\b`],
  ['most-people-dont', 0.8, re`\b(?:most|many|millions of|thousands of|\d+\s*% of)\s+(?:people|homes|houses|runners|users|families|accounts|drivers|parents|households|women|men)\b[^!?\n]{0,30}?\b(?:don'?t realis|don'?t realiz|don'?t know|have no idea|get injured|are hacked|are not protected|aren'?t protected|suffer|at risk|never recover|regret)`],
  ['could-happen', 0.85, re`\bit could happen to you\b|\b(?:don'?t|do not) let (?:this|it) happen to you\b|\baccidents (?:can )?happen\b|\bwhat if (?:something|it|you|your)\b`],
  ['dont-get-caught', 0.75, re`\b(?:don'?t|do not|never)\s+(?:get|be)\s+(?:caught|left|stuck|stranded|the (?:one|last))\b`],
  ['afford-to', 0.8, re`\bcan you (?:really |truly )?afford (?:to|not)\b|\bcan'?t afford to (?:wait|miss|ignore|risk)\b`],
  ['one-mistake', 0.75, re`\bone (?:wrong step|slip|drop|mistake|fall|spark|crack|leak|click|bad (?:step|landing|fall))\b[^!?\n]{0,40}?\b(?:and|could|can|is all|away)\b`],
  ['disaster', 0.7, re`\baway from (?:disaster|catastrophe|ruin)\b|\b(?:gone|lost|ruined) forever\b|\bnightmare\b|\bcatastroph(?:e|ic)\b`],
  ['without-protection', 0.72, re`\b(?:without|going without|no)\s+(?:protection|insurance|cover|coverage|a backup|an alarm|this)\s*,?\s+(?:you|your)\b[^!?\n]{0,30}?\b(?:risk|exposed|could|will|are|lose|pay)`],
  ['going-without', 0.75, re`\bgoing without (?:insurance|protection|cover|coverage)\b|\bunprotected\s+(?:devices?|homes?|houses?|cars?|phones?|computers?|families|children|skin)\b`],
  ['dont-wait-for-disaster', 0.8, re`\b(?:don'?t|do not)\s+wait\s+(?:for|until)\b[^!?\n]{0,30}?\b(?:to find out|happens|too late|breaks|burst|fails|strikes|hits|disaster|accident|emergency|damage|injury|pain|gone|lost|stolen)\b`],
  ['you-could-lose', 0.72, re`\byou (?:could|can|might|may|will|would) (?:\w+ )?lose\b(?!\s+(?:weight|fat|pounds|kilos|kg|inches))`],
  ['can-be-dangerous', 0.8, re`\b(?:cheap|cheaper|inferior|knock-?offs?|fakes?|counterfeits?|uncertified|generic|low[- ]quality|imitations?)\b[^!?\n]{0,30}?\b(?:can|could|may|might|are|is)\s+(?:be\s+)?(?:dangerous|deadly|harmful|toxic|lethal|hazardous|a (?:fire|health|safety) (?:risk|hazard))\b`],
  ['without-it-exposed', 0.8, re`\bwithout (?:it|this|them|one|protection|cover|insurance)\b[^!?\n]{0,20}?\b(?:you(?:'re| are)?|your \w+ (?:is|are))\s+(?:exposed|vulnerable|at risk|unprotected|in danger|defenceless|defenseless)\b`],
  ['could-be-damaging', 0.8, re`\b(?:could|might|may|can) be (?:damaging|hurting|harming|ruining|destroying|killing|poisoning|slowly damaging)\b`],
  ['price-on-safety', 0.75, re`\bcan'?t put a price on (?:your |their )?(?:safety|health|life|lives|family|peace of mind)\b|\ban easy target\b|\bsitting duck\b`],
  ['scary', 0.7, re`\bscary\b|\bterrifying\b|\bfrightening\b|\bthink of the consequences\b|\bthink twice before (?:trusting|using|buying)\b`],
  // A loss threatened for going without the product, or for waiting: "without this cover you could be left with a bill
  // of thousands", "you'll kick yourself", "before prices rise and you're left with nothing".
  ['loss-without-product', 0.8, re`\b(?:without|skipping|skip|declining|going without) (?:(?:this|our|the|a|an|your|any|proper|extra) )?(?:[a-z-]+ )?(?:protection|protector|guard|shield|insurance|cover|coverage|warranty|plan|backup|alarm|guarantee|care(?: pack| plan)?|policy)\b[^.!?\n]{0,50}?\b(?:could|might|may|will|would|can)\b[^.!?\n]{0,30}?\b(?:cost|lose|losing|left with|leave you|pay(?:ing)?|bills?|hundreds|thousands|fortune|out of pocket|stranded|fry|wipe|ruin|destroy|damage|wreck)\w*`],
  ['kick-yourself', 0.85, re`\b(?:kick|kicking|hate) yourself\b|\bnever forgive yourself\b`],
  ['left-with-nothing', 0.78, re`(?<!\b(?:won'?t|will not|never|not)\s(?:be\s)?)\b(?:left|end up|ending up) (?:with nothing|empty-handed|high and dry|out in the cold)\b`],
  ['waiting-costs', 0.8, re`\b(?:waiting|delaying|putting (?:it|this) off|hesitating)\s+(?:could|might|may|will|can)\s+(?:mean|cost)\b`],
  ['are-you-next', 0.8, re`\b(?:is|are) (?:yours|you|your [a-z]+) next\s*\?|\bcould (?:yours|you|your [a-z]+) be next\b`],
  ['gamble-with', 0.82, re`\bnot something to (?:gamble|risk|take chances) with\b|\b(?:gamble|gambling|take chances|taking chances) with (?:your|their|the) (?:family'?s? )?(?:safety|health|family|home|life|lives|data|savings|security)\b`],
  ['imagine-finding-loss', 0.78, re`\b(?:imagine|picture)\b[^.!?\n]{0,40}?\b(?:to find|finding|discovering|realising|realizing)\b[^.!?\n]{0,30}?\b(?:gone|vanished|stolen|lost|broken|missing|ruined|flooded|empty)\b`],
  // Harm that grows or strikes at the worst moment: "don't let a small ache turn into …", "don't wait until the itch
  // becomes an infection", "fail when you need them most", "takes years off your life".
  ['dont-let-it-grow', 0.82, re`\b(?:don'?t|do not|never)\s+(?:let|wait (?:until|till|for))\b[^.!?\n]{0,40}?\b(?:turns? into|becomes?|grows? into|develops? into|escalates? into|spreads? (?:to|into))\b`],
  ['fails-when-needed', 0.8, re`\b(?:fail|fails|give out|gives out|let you down|lets you down|break|breaks)\s+(?:you\s+)?(?:just\s+)?when you (?:need|most need) (?:them|it|one|this)(?: most)?\b`],
  ['shortens-life', 0.82, re`\b(?:takes?|taking) (?:years|decades) off (?:your|their|a) (?:[a-z']+ )?life\b|\b(?:shorten|shortens|shortening|cut short) (?:your|their|a|his|her) (?:[a-z']+ ){0,2}?(?:life|lives|lifespan)\b`],
  // Safety claimed for the shop's own product alone, so every other choice reads as a danger: "only our original parts
  // are safe", "the only safe choice".
  ['only-ours-safe', 0.8, re`\bonly (?:our|ours|we|these|this)\b[^.!?\n]{0,30}?\b(?:are|is)\s+(?:truly\s+|really\s+|fully\s+)?(?:safe|safe to use)\b(?!\s+(?:to (?:wash|store|freeze|microwave)|in|for (?:dishwashers?|microwaves?)))|\bthe only (?:truly |really )?safe (?:choice|option|bet|way|place|pick)\b`],
  ['unprepared', 0.75, re`\b(?:caught|left)\s+(?:unprepared|(?:out )?in the (?:cold|rain|dark)|without (?:power|protection|a backup|water|heat))\b`],
  // Harm said to be under way in the reader's home or body right now, or to strike without warning: "untreated water
  // is slowly destroying your boiler", "your tank could fail at any moment".
  ['harm-under-way', 0.8, re`\b(?:is|are)\s+(?:slowly|quietly|silently|already|steadily)\s+(?:destroying|damaging|ruining|eating (?:away|into)|corroding|poisoning|killing|rotting|weakening|clogging)\s+(?:your|the)\b`],
  ['fails-any-moment', 0.78, re`\b(?:could|can|might|may|will)\s+(?:fail|break|burst|collapse|flood|give way|give out|catch fire|overflow|crack|leak)\b[^.!?\n]{0,20}?\b(?:at any (?:moment|time|minute|second)|any day now|without (?:any )?warning)\b`],
]);
