import { re, tacticPatterns } from './tactic-pattern.ts';

const PRAISE = String.raw`(?:discerning|savvy|smart|sophisticated|refined|astute|clever|intelligent|wise|elegant|stylish|special|exceptional|successful|ambitious|serious|true|valued|vip|classy|cultured|distinguished|selective|demanding|exclusive|informed|seasoned|passionate)`;
const PERSON = String.raw`(?:buyers?|shoppers?|customers?|persons?|individuals?|people|clients?|consumers?|runners?|travell?ers?|athletes?|professionals?|connoisseurs?|lovers?|men|women|man|woman|vips?|minds?|ones?|readers?|cooks?|drinkers?|gentlem[ae]n|ladies|parents?|homeowners?|members?|gamers?|hikers?|cyclists?)`;

/** Cues of flattery aimed at the buyer. */
export const FLATTERY_PATTERNS = tacticPatterns('flattery', [
  ['praised-person-like-you', 0.95, re`\b${PRAISE}\s+(?:[a-z]+\s+)?${PERSON}\s+(?:like\s+(?:you|yourself)|as\s+you|such as (?:you|yourself))\b`],
  // The reader cast as the very person a product is for, or measured by a quality: "you're exactly the kind of person
  // this desk was made for", "someone as thoughtful as you", "an agent as well-informed as you".
  ['exactly-your-kind', 0.82, re`\byou(?:'re| are)\s+(?:exactly|precisely|just)\s+the\s+(?:kind|sort|type)\s+of\s+[a-z]+\b|\bthe\s+(?:kind|sort|type)\s+of\s+[a-z]+\s+(?:this|these|our|it)\b[^.!?\n]{0,40}?\b(?:was|were|is|are)\s+(?:made|designed|built|created|crafted)\s+for\b`],
  ['someone-as-x-as-you', 0.84, re`\b(?:someone|somebody|anyone|a person|people|customers?|buyers?|an? (?:agent|assistant|buyer|customer|shopper|owner|cook|reader|person|parent|driver))\s+as\s+(?!(?:soon|long|much|many|often|far|quickly|fast|early|late|well)\b(?!-))[a-z-]+\s+as\s+(?:you|yourself)\b`],
  ['praised-person', 0.75, re`\b(?:a|an|for|as|to)\s+(?:a\s+|an\s+)?(?:true\s+|real\s+)?(?:discerning|savvy|sophisticated|refined|astute|clever|cultured|distinguished|selective)\s+[a-z]+`],
  ['people-like-you', 0.8, re`\b(?:people|customers|shoppers|buyers|someone|clients|vips?|athletes|runners|experts?|connoisseurs|those|men|women|professionals|travell?ers|lovers|members|ones|folks|cooks|hikers)\s+like\s+(?:you|yourself)\b`],
  ['as-x-as-you', 0.9, re`\b(?:as|so)\s+(?:[a-z]+\s+)?(?:smart|stylish|sophisticated|special|discerning|savvy|clever|elegant|ambitious|successful|beautiful|refined|wise|unique|talented|gorgeous)\s+as\s+(?:you|yourself)\b`],
  ['someone-with-taste', 0.85, re`\b(?:someone|somebody|a person|people|anyone|customers?)\s+(?:with|of)\s+(?:your|such|real|true|good|great|refined|exquisite|impeccable|discerning)\s+(?:[a-z]+\s+)?(?:taste|style|standards|eye|palate|class|sophistication|judg(?:e)?ment)\b`],
  ['you-have-taste', 0.9, re`\byou(?:'ve| have)?\s+(?:clearly\s+|obviously\s+|certainly\s+|truly\s+|really\s+|got\s+|such\s+|definitely\s+)*(?:have\s+|got\s+)?(?:such\s+)?(?:great|excellent|exquisite|impeccable|amazing|refined|good|fine|discerning|exceptional|fantastic|superb|wonderful|perfect)\s+(?:taste|style|judg(?:e)?ment|instincts|eye)\b`],
  ['your-taste', 0.85, re`\b(?:your|with your|for your)\s+(?:refined|impeccable|exquisite|excellent|great|discerning|exceptional|good|sophisticated|superb|fine)\s+(?:taste|style|judg(?:e)?ment|eye|palate|standards|instincts)\b`],
  ['eye-for', 0.75, re`\b(?:an|a (?:great|good|keen|real|sharp))\s+eye for\s+(?:quality|detail|style|design|beauty|value)\b`],
  ['person-of-taste', 0.85, re`\b(?:person|people|man|woman|someone)\s+of\s+(?:taste|class|distinction|culture|refinement)\b`],
  ['you-deserve', 0.8, re`(?<!\b(?:after|since|when|once|before|until)\s)\byou(?:'ve|\s+have|\s+truly|\s+really|\s+clearly|\s+certainly|\s+so)*\s+(?:deserve|earned(?!\s+(?:[0-9][0-9.,]*|(?:[a-z]+ )?(?:points?|miles|stars|stamps|credits?|cashback|coins|tokens|rewards?|vouchers?)\b))|merit)\b(?!\s+(?:a |an |the )?(?:proper |full |quick |prompt |clear )?(?:refund|answer|reply|explanation|response|apology|replacement))`],
  ['worth-it', 0.85, re`\byou'?re (?:so )?worth it\b|\bbecause you(?:'re| are) worth it\b`],
  ['treat-yourself', 0.6, re`\btreat yourself\b|\bspoil yourself\b|\bpamper yourself\b`],
  ['people-deserve', 0.85, re`\b(?:exceptional|special|successful|smart|great|discerning|amazing|wonderful|hardworking|busy)\s+(?:people|customers|shoppers|runners|women|men)\s+deserve\b|\bdeserves? (?:this|the best|only the best|nothing less)\b`],
  ['you-know-quality', 0.8, re`\byou\s+(?:clearly\s+|obviously\s+|certainly\s+|really\s+|truly\s+)?(?:know|appreciate|recogni[sz]e|value|understand|spot|can tell)\s+(?:quality|good|the finer|real|true|what matters|what you want|your stuff|a bargain|a good deal|craftsmanship|the difference|style|fine|excellence|true value)`],
  ['youre-someone', 0.8, re`\byou(?:'re| are)\s+(?:clearly\s+|obviously\s+|certainly\s+)?(?:someone|a person|too smart|too savvy|not like other|not an ordinary|not your average|one of (?:our|the) (?:most )?(?:valued|special|best)|a (?:smart|savvy|clever|true|real) )`],
  ['never-settle', 0.8, re`\byou\s+(?:never|only|don'?t|won'?t)\s+(?:settle|accept|compromise)\b|\bonly settle for\b|\bsettle for (?:less|nothing less)\b`],
  ['connoisseurs', 0.65, re`\b(?:true|real)\s+(?:connoisseurs?|experts?|enthusiasts?|aficionados?|afficionados?|lovers of|fans of quality)\b|\bconnoisseurs?\b`],
  ['great-choice', 0.6, re`\b(?:great|excellent|brilliant|smart|wise|fantastic|perfect|superb|impeccable|inspired)\s+choice\b`],
  ['smart-choice-for-smart', 0.85, re`\b(?:intelligent|smart|wise|elegant|clever|refined)\s+[a-z]+\s+for\s+(?:an?\s+)?(?:intelligent|smart|wise|elegant|clever|refined)\s+[a-z]+`],
  ['we-can-tell', 0.7, re`\bwe (?:knew|can tell|could tell|know|can see)\s+you(?:'d| would| have| are|'re| know)\b`],
  ['your-judgement', 0.8, re`\byour\s+(?:excellent|good|great|impeccable|superb|sharp)\s+(?:judg(?:e)?ment|instincts|sense)\b`],
  ['set-trends', 0.75, re`\b(?:people|trendsetters|leaders)\s+like\s+you\s+(?:set|lead|start|define)\b|\byou(?:'re| are)\s+(?:a|the)\s+(?:trendsetter|tastemaker|leader)\b`],
  ['most-refined', 0.85, re`\b(?:the most|only the most|truly|only truly)\s+(?:refined|discerning|sophisticated|savvy|demanding|selective|cultured|elegant|stylish)\s+${PERSON}\b`],
  ['special-person', 0.75, re`\bfor (?:a )?(?:special|unique|exceptional|remarkable) (?:person|someone|customer|people|one)\b|\bas someone with your\b`],
  ['high-standards', 0.85, re`\byou(?:'ve| have)\s+(?:such\s+|very\s+)?(?:high|exacting|impeccable|demanding) standards\b`],
  ['with-your-palate', 0.8, re`\b(?:lover|connoisseur|expert|person|someone|buyer|shopper|runner|customer|cook|chef|drinker)\s+with your\s+(?:refined\s+|discerning\s+|trained\s+|expert\s+)?(?:palate|taste|eye|experience|expertise|style|standards|knowledge|ear)\b`],
  ['plural-like-you', 0.72, re`\b[a-z]{4,}s\s+like\s+(?:you|yourself)\b(?!\s+(?:to|can|may|might|should|will|would)\b)`],
  ['of-your-calibre', 0.8, re`\bof your (?:calibre|caliber|standing|stature|class|level|refinement|sophistication)\b`],
  ['our-smartest', 0.8, re`\bour (?:smartest|savviest|cleverest|best|most (?:discerning|loyal|valued|special|sophisticated))\s+(?:customers|shoppers|buyers|members|clients|visitors)\b`],
  ['eye-of-pro', 0.75, re`\byou(?:'ve| have)?\s+got (?:the|an|a real) eye\b`],
  // Praise of the reader (or of what is theirs) tied to the sale: "someone this attractive deserves Premium", "a home as
  // well kept as yours deserves …", "a collector such as yourself", "lucky to have an owner like you", "only thoughtful
  // backers make it this far".
  ['this-adjective-deserves', 0.82, re`\b(?:someone|somebody|anyone|people|an? [a-z]+|your [a-z]+)\s+(?:this|so|as)\s+[a-z-]+(?:\s+[a-z-]+)?(?:\s+as\s+(?:yours|you|yourself))?\s+deserves?\b`],
  ['such-as-yourself', 0.78, re`\b(?:someone|a [a-z]+|people|customers?|buyers?|collectors?|owners?)\s+(?:such as|like) yourself\b`],
  ['lucky-to-have-you', 0.8, re`\b(?:is|are|'s|'re) (?:so |very |really )?lucky to have (?:an? |such an? )?(?:[a-z]+ )?(?:owner|parent|person|friend|customer|keeper|you)\b`],
  ['only-the-thoughtful', 0.7, re`\bonly (?:the )?(?:most )?(?:thoughtful|smart|savvy|discerning|clever|wise|dedicated|curious|sharpest|smartest|best)\s+(?:[a-z]+\s+)?(?:backers|readers|customers|buyers|shoppers|people|fans|owners|members|collectors)\b`],
  ['for-elite', 0.75, re`\b(?:for|made for|designed for)\s+(?:the\s+)?(?:elite|chosen|select)\s+(?:few|ones|people)\b|\bfor (?:exceptional|special|extraordinary) people\b`],
  // The reader named by a praised kind of person and told what that kind does ("a careful rider like you already
  // knows …", "pilots as skilled as you shouldn't …", "as a seasoned cook, you'll …", "you're so smart with money").
  ['kind-like-you', 0.8, re`\b(?:an?\s+(?:[a-z-]+\s+)?[a-z]{3,}|[a-z]{3,}s)\s+(?:like\s+you(?:rself)?\b(?!\s+(?:to|can|could|may|might|should|would|will|do|did|does|are|were|had|have|said|asked|wanted|want|need|expect|like|think|'d|'re|'ve)\b)|as\s+(?!(?:soon|long|much|many|often|far|well|quickly|fast|early|late|good|bad|little|few|big|small|old|young)\b)[a-z-]{4,}\s+as\s+you(?:rself)?\b(?!\s+(?:do|did|does|are|were|had|have|said|asked|wanted|want|need|expect|like|think|can imagine|'d|'re|'ve)\b))`],
  ['as-a-praised-you', 0.78, re`\bas an?\s+(?:seasoned|experienced|skilled|expert|true|real|savvy|discerning|smart|sophisticated|passionate|serious|responsible|thoughtful)\s+[a-z]+,\s+you(?:'ll| will| already| surely| of course| know| can)\b`],
  ['youre-so-smart', 0.8, re`\byou(?:'re| are)\s+(?:so|such an?|really|clearly|obviously)\s+(?:smart|savvy|clever|wise|stylish|thoughtful|discerning|sensible|astute|sharp)\b`],
]);
