import { NUM, re, tacticPatterns } from './tactic-pattern.ts';

const CROWD = String.raw`(?:people|persons|others|other (?:people|shoppers|customers|buyers|users|visitors)|shoppers|customers|users|visitors|buyers|travell?ers|runners|guests|members|fans|readers|viewers|families|moms|mums|parents|coffee lovers|owners|households|neighbou?rs|students|couples|drivers|riders|players|gamers|cooks|gardeners|makers|collectors)`;
const ACTIVITY = String.raw`(?:viewing|looking|watching|browsing|checking|considering|eyeing|have (?:this|it|one)|added|adding|bought|buying|purchased|purchasing|ordered|ordering|booked|booking|reserved|reserving|in (?:their|the) (?:carts?|baskets?|bags?)|saved|wishlisted|grabbed|got)`;
const BUY_VERB = String.raw`(?:placed an order|made a purchase|bought|purchased|ordered|booked|added|grabbed|got|signed up|subscribed|claimed|picked up|snagged|reserved|upgraded|renewed|enrolled)`;

/** Cues of popularity or activity nobody can verify. */
export const SOCIAL_PROOF_PATTERNS = tacticPatterns('social-proof', [
  ['n-people-activity', 0.95, re`\b${NUM}\s+(?:[a-z]+\s+){0,2}?${CROWD}\s+(?:are\s+|have\s+|has\s+|just\s+|recently\s+|also\s+)*(?:currently\s+|now\s+|right now\s+)?${ACTIVITY}\b`],
  // Any crowd named by a plural noun, watching this page now ("12 magicians are viewing this trick right now").
  ['n-any-crowd-viewing', 0.88, re`\b\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z-]+s\s+are\s+(?:currently\s+|now\s+|also\s+)?(?:viewing|looking at|browsing|watching|eyeing)\s+(?:this|these|it|the same)\b`],
  ['in-n-carts', 0.9, re`\bin\s+(?:over\s+)?\d[\d,]*\+?\s+(?:other\s+)?(?:people'?s\s+)?(?:carts|baskets|bags|wishlists)\b`],
  // A possessive names a thing, not a person acting ("a buyer's premium of 25% is added").
  ['someone-bought', 0.9, re`\b(?:someone|somebody|a (?:customer|shopper|buyer|user|person|client|runner|traveller|traveler|visitor))\b(?!'s?\b)[^!?\n]{0,40}?\b(?:just\s+|recently\s+)?${BUY_VERB}\b`],
  // The place is a noun phrase: "from customers who bought" names the reviewers' source, not a buyer somewhere.
  ['name-from-place', 0.85, re`\b[a-z]+\.?\s+(?:[a-z]\.?\s+)?(?:from|in)\s+(?!(?:customers|buyers|people|guests|shoppers|users|clients|those|anyone|everyone)\b)[a-z]+(?:[ ,]+(?!(?:who|that|which)\b)[a-z]+){0,3}?\s+(?:has\s+)?(?:just\s+|recently\s+)?${BUY_VERB}\b`],
  ['n-times', 0.85, re`\b(?:viewed|seen|visited|bought|purchased|ordered|claimed|redeemed|downloaded|shared|added to (?:carts?|baskets?|bags?|wishlists?)|booked|saved|wishlisted)\s+(?:over\s+)?\d[\d,]*\+?\s+times\b`],
  ['bought-by-name', 0.85, re`\b(?:recently\s+)?(?:bought|purchased|ordered|booked|viewed|watched|wishlisted|saved|chosen)\s+by\s+(?!\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|noon|midday)\b)(?:\d[\d,]*\+?\s+[a-z]+|[a-z]+\s+(?:from|in)\s+[a-z]+)`],
  ['minutes-ago', 0.85, re`\b(?:bought|purchased|ordered|booked|sold|added|joined|signed up)\b[^!?\n]{0,40}?\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago\b`],
  ['sold-recently', 0.9, re`\b${NUM}\s*(?:[a-z]+\s+){0,2}?(?:sold(?!\s+out)|bought|purchased|orders?|ordered|booked|claimed)\b[^!?\n]{0,25}?\b(?:in the |over the |during the |in )?(?:last|past|this|today|yesterday)\b`],
  ['sold-count', 0.8, re`\b(?:over|more than|already)\s+\d[\d,.]*\s*(?:k|m|million|thousand)?\+?\s+(?:[a-z]+\s+)?(?:sold|bought|purchased|orders|customers served)\b|\bsold\s+(?:over\s+)?\d[\d,]*\+?\s+times\b|\bbought\s+\d[\d,]*\+?\s+times\b|\b\d[\d,.]*\s*(?:k|m|million)?\+?\s+(?:units\s+)?sold\b(?!\s+out)`],
  ['bestseller', 0.5, re`\bbest[- ]?sell(?:er|ers|ing)\b(?![^.!?\n]{0,15}?\b(?:in|of|for) (?:19|20)\d\d\b)|\btop[- ]sell(?:er|ers|ing)\b`],
  ['number-one', 0.8, re`(?:#\s*1|\bno\.?\s*1|\bnumber one)\s+(?:best|most|top|selling|rated|choice|in\b|seller|pick|brand)|\brated\s+(?:#\s*1|no\.?\s*1|number one)\b`],
  ['most-popular', 0.75, re`\bmost[- ](?:popular|loved|wished(?:[- ]for)?|wish-?listed|wanted|viewed|bought|purchased|ordered|gifted|liked|reviewed|requested|talked[- ]about)\b(?!\s+(?:size|sizes|colou?rs?|option|fit|length|width|flavou?r|scent|format)\b)`],
  ['favourite', 0.8, re`\b(?:customer|customers|fan|crowd|shopper|shoppers|staff|reader|readers|community|guest|guests|cult|people'?s)'?\s+(?:favou?rites?|pick|choice|top choice|top pick)\b|\bcult favou?rite\b`],
  ['top-rated', 0.72, re`\btop[- ](?:rated|pick|choice|seller)\b`],
  ['trending', 0.78, re`\btrending\b|\bhot (?:item|right now|seller|pick|product)\b|\bviral\b|\bas seen (?:on|in)\b|\bback by popular demand\b|\bpopular choice\b|\bin demand\b`],
  ['crowds', 0.9, re`\b(?:thousands|millions|hundreds|tens of thousands|hundreds of thousands)\s+of\s+(?:happy\s+|satisfied\s+|loyal\s+|delighted\s+|other\s+)?(?:customers|users|buyers|shoppers|people|fans|runners|clients|members|families|reviews|5-star reviews|five-star reviews)\b(?!\s+(?:get|are|were|have been|suffer|die|lose|fall|end up)\b)`],
  ['loved-by-many', 0.85, re`\b(?:loved|trusted|used|chosen|worn|adored|bought|enjoyed|owned|rated|relied on)\s+by\s+(?:over\s+|more than\s+|almost\s+|nearly\s+)?(?:thousands|millions|hundreds|\d[\d,.]*\s*(?:k|m|million|thousand)?\+?)\b`],
  ['join-n', 0.85, re`\bjoin\s+(?:over\s+|more than\s+|the\s+|our\s+)?(?:\d{1,3}(?:[,.]\d{3})+\+?|\d{3,}\+?|\d+(?:[.,]\d+)?\s*(?:k|m|million|thousand)\+?|thousands|millions|hundreds)(?=\W|$)`],
  ['n-happy', 0.9, re`\b\d[\d,.]*\s*(?:k|m|million|thousand)?\+?\s+(?:happy|satisfied|loyal|delighted)\s+[a-z]+`],
  ['everyone', 0.85, re`\beveryone(?:'s| is)?\s+(?:is\s+)?(?:buying|talking|loves|raving|wearing|using|getting|ordering|obsessed)\b|\beverybody (?:loves|has|is)\b`],
  ['customers-love', 0.78, re`\b(?:customers|shoppers|buyers|people|users|fans)\s+(?:absolutely\s+)?(?:love|adore|rave about|can'?t get enough)\b|\bcan'?t be wrong\b`],
  ['n-out-of-n-customers', 0.85, re`\b\d+\s*(?:out of|in|/)\s*\d+\s+(?:customers|buyers|shoppers|users|people|owners|clients|neighbou?rs|households|families|parents|homes|residents|drivers)\b`],
  ['testimonial', 0.75, re`"[^"\n]{3,140}"\s*[-~]\s*(?:[a-z]+\.?\s*){1,3}`],
  ['loved-by-customers', 0.72, re`\b(?:loved|adored|praised)\s+by\s+(?:our\s+|real\s+)?(?:customers|fans|shoppers|users|buyers|clients|community)\b|\bas featured (?:in|on)\b|\bpeople are (?:buying|grabbing|snapping up|loving|raving)\b|\bcommunity of\s+\d[\d,.]*\s*(?:k|m|million)?\+?`],
  ['over-n-have', 0.8, re`\b(?:over|more than|almost|nearly)\s+\d[\d,.]*\s*(?:k|m|million|thousand)?\+?\s+(?:[a-z]+\s+){0,2}?(?:have|already|made|switched|trust|love|use|chose|joined|bought|rely)\b`],
  ['everyone-on', 0.8, re`\beveryone\b[^!?\n]{0,25}?\b(?:is|are|'s)\s+(?:wearing|buying|using|talking about|loving|getting|ordering|obsessed)\b`],
  ['rated-number-one', 0.8, re`\b(?:rated|voted|named|ranked|crowned)\s+(?:the\s+)?(?:#\s*1|no\.?\s*1|number one|best)\b`],
  ['popular-now', 0.75, re`\bpopular (?:right now|now|today|this week|in your area|near you)\b|\btrending in your area\b`],
  ['crowd-sold', 0.85, re`\b(?:hundreds|thousands|millions|dozens|tons|loads)\s+(?:of\s+[a-z]+\s+)?(?:sold|bought|purchased|ordered|snapped up)\b`],
  ['says-quote', 0.65, re`\b(?:says|said|writes|wrote|raves)\s*:?\s*"[^"\n]{3,140}"`],
  ['selling-like', 0.85, re`\bselling like hot ?cakes\b`],
  ['others-near-you', 0.84, re`\b(?:your\s+)?(?:neighbou?rs|friends|colleagues|classmates|people (?:near|around) you|others (?:in|near) your (?:area|street|town|city))\b[^.!?\n]{0,25}?\b(?:are|have)\s+(?:already\s+|all\s+)?(?:switching|switched|buying|bought|joining|joined|using|ordering|following|signing up|signed up|loving)\b|\b(?:most|many|all|half) of your (?:friends|neighbou?rs|colleagues|contacts)\b`],
  ['fastest-selling', 0.84, re`\bfastest[- ]selling\b|\bsold out (?:twice|three times|\d+ times)\b`],
  ['n-crowd-near-you', 0.84, re`\b${NUM}\s+(?:[a-z]+\s+)?${CROWD}\s+(?:in|near|around|from)\s+(?:your|the same)\s+(?:area|street|town|city|neighbou?rhood|building|postcode)\b`],
  // Others' moves as a reason to follow: "1,240 owners switched to this food this month", "the nation's favourite".
  ['n-switched', 0.82, re`\b(?!(?:19|20)\d\d\b)\d[\d,.]*\s*k?\+?\s+(?:[a-z-]+\s+)?(?:people|customers|users|owners|members|drivers|families|households|parents|riders|readers|gamers|players|shoppers|buyers|businesses|clients|patients|subscribers|homes|fans|listeners|cyclists|runners|cooks|gardeners)\s+(?:have\s+|already\s+)?(?:switched|moved|changed|upgraded|converted)\s+(?:over\s+)?to\b`],
  // The crowd placed beside the reader ("everyone in your area is switching", "lots of people in your neighbourhood are
  // already protected by us"): a count of neighbours nobody can check, shown to make the reader follow.
  ['crowd-near-you', 0.85, re`\b(?:everyone|everybody|lots of people|many people|most people|(?:all )?your neighbou?rs|people|households|homes|families) (?:in|on|near|around|across) your (?:area|neighbou?rhood|street|town|city|building|postcode|village|road|block)\b[^.!?\n]{0,30}?\b(?:(?:is|are) (?:already |now )?(?:[a-z]+ing|protected|insured|covered|signed up|switched|on board)|already|have (?:already |now )?(?:[a-z]+ed|chosen|switched|joined))\b`],
  // Buyers "like you" all choosing one thing (a flattering "smart buyers like you" is flattery's cue).
  ['people-like-you', 0.82, re`(?<!\b(?:smart|savvy|clever|wise|discerning) )\b(?:customers|people|buyers|shoppers|guests|homeowners|parents|drivers|readers) (?:like you|with (?:[a-z]+ )?(?:taste|style|needs|homes?) like yours)\b[^.!?\n]{0,30}?\b(?:are (?:all )?(?:choosing|buying|picking|switching|ordering|booking|going for)|(?:all )?(?:choose|buy|pick|go for|chose|bought))\b`],
  ['nations-favourite', 0.82, re`\b(?:the )?(?:nation|country|uk|britain|america|world|europe|city|town)'?s (?:favou?rite|most loved|best-loved|number one|no\.? ?1)\b`],
]);
