import { re, tacticPatterns } from './tactic-pattern.ts';

const BOX_VERB = String.raw`(?:un-?check|un-?tick|de-?select|check|tick|select|leave|keep|click|mark|toggle)`;

/** Cues of choices steered by wording: trick questions, double negatives and nudged upsells. */
export const MISDIRECTION_PATTERNS = tacticPatterns('misdirection', [
  // "FREE headphones!* … *with a 24-month contract": the offer's price sits in an asterisked footnote.
  ['free-asterisk-condition', 0.8, re`\bfree\b[^*\n]{0,50}?\*[^*\n]{0,60}?\*\s*(?:free\s+|only\s+)?(?:with|when|if|on|requires?|only|subject|applies|min(?:imum)?|plus|\+|[£$€]\s?\d+|\d+[- ]month|card (?:charged|billed)|billed|charged)\b`],
  // Not storage or care advice ("keep in sugar water in the fridge if you are not brewing", "keep them dry if not in use").
  ['opt-out-box', 0.62, re`\b${BOX_VERB}\b(?!\s+(?:this |the )?(?:box |checkbox |option )?(?:un-?ticked|un-?checked|empty|blank|clear)\b)(?!\s+(?:it |them |the [a-z]+ )?(?:in|at|cool|cold|dry|chilled|frozen|refrigerated|sealed|covered|upright|away|out of|under|below)\b)[^!?\n]{0,40}?\b(?:if|unless)\b[^!?\n]{0,25}?\b(?:do not|don'?t|not|prefer not|rather not|no longer|wish not)\b`],
  ['double-negative', 0.88, re`\bnot\b[^!?\n]{0,30}?\b(?:not|no longer|never)\s+(?:to\s+)?(?:receive|hear|get|be (?:excluded|contacted|informed|left|removed)|receiving|hearing|be kept)\b|\b(?:opt out of|unsubscribe from|decline) not\b|\bprefer not to be (?:excluded|left out|removed|kept out|unsubscribed)\b|\bnot to not\b`],
  ['dont-uncheck', 0.85, re`\b(?:don'?t|do not|never)\s+(?:un-?check|un-?tick|de-?select|remove the tick)\b|\bby not (?:un-?)?(?:checking|ticking|selecting)\b|\bunless you (?:un-?check|un-?tick|opt out)\b`],
  // Two negations around one choice: "don't not renew", "tick here to not decline our offers".
  ['negated-refusal', 0.86, re`\b(?:don'?t|do not|never) not\b|\b(?:to|so as to) not (?:refuse|decline|reject|opt out of|turn down)\b|\bnot to (?:refuse|decline|reject|opt out of|turn down)\b`],
  ['leave-box-checked', 0.85, re`\b(?:leave|keep)\s+(?:this|the)\s+(?:box|option|checkbox|toggle)\s+(?:checked|ticked|selected|on|enabled)\b`],
  ['yes-recommended', 0.75, re`\b(?:yes|add|upgrade|protect|keep|include|insure|get|continue|proceed)\b[^!?\n]{0,40}?\(\s*recommended\s*\)`],
  ['recommended-add', 0.8, re`\brecommended\s*[:!-]\s*(?:add|upgrade|include|get|protect|insure|buy)\b|\b(?:recommended|popular|suggested|essential|must-have)\s+add-?ons?\b`],
  // Steering towards an extra or an upgrade; what most buyers pick among equal variants (a size, a colour, a capacity)
  // is advice.
  ['most-add', 0.75, re`\b(?:most|many|\d+\s*%\s+of)\s+(?:customers|people|shoppers|buyers|users|travell?ers|guests|owners)\s+(?:also\s+)?(?:add|choose|upgrade|pick|select|buy|protect|opt for|go for|get)\b(?!\s+(?:the\s+|a\s+|an\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:size|colou?r|fit|length|width|shade|capacity|gb|tb)\b)`],
  ['click-to-decline', 0.9, re`\b(?:click|press|tap|choose|select|hit)\s+['"]?(?:ok|accept|yes|continue|agree|confirm|submit|next|proceed)['"]?\b(?:(?!\bto\s)[^!?\n]){0,25}?\bto\s+(?:decline|opt out|cancel|unsubscribe|refuse|reject|keep (?:your |my )?subscription|stay subscribed)\b|\b(?:choose|select|press|click)\s+(?:yes|no)\s+to\s+(?:opt out|decline|not)\b`],
  ['are-you-sure-leave', 0.7, re`\bare you sure you want to (?:leave|go|miss|lose|give up|skip|continue without|cancel)\b`],
  ['wait-add', 0.65, re`^\W*wait\s*[!,.]+\s*(?:add|don'?t|before)\b|\bdon'?t forget to (?:add|protect|insure|upgrade)\b|\bbefore you go,? (?:add|protect|upgrade)\b`],
  ['selected-for-you', 0.8, re`\b(?:shipping|delivery|plan|upgrade|protection|insurance|version|warranty|option|add-?on|subscription|premium|package|bundle|size|extra)\b[^!?\n]{0,30}?\b(?:selected|picked|chosen|added|upgraded)\s+for you\b|\bwe(?:'ve| have)?\s+(?:pre-?)?(?:selected|picked|chosen|upgraded)\b[^!?\n]{0,40}?\bfor you\b`],
  ['best-value-vs-limited', 0.7, re`\b(?:continue|stay|keep going|proceed)\s+with\s+(?:the\s+)?(?:basic|limited|inferior|free|worse|standard|reduced)\s+(?:version|plan|option|experience|account|tier)\b`],
  ['accept-all-to-continue', 0.7, re`\baccept (?:all|everything) to continue\b|\bagree to continue\b`],
  ['agree-by-continuing', 0.72, re`\bby (?:continuing|proceeding|clicking|staying|scrolling)\b[^!?\n]{0,40}?\b(?:you agree to|you'?ll (?:join|receive|be enrolled|be subscribed)|you accept (?:our )?(?:marketing|partner|offers|membership))\b[^!?\n]{0,40}?\b(?:join|program(?:me)?|membership|newsletters?|offers|marketing|partners?|club|subscription)\b`],
  ['opt-out-of-not', 0.9, re`\b(?:i )?do not want to not\b|\bdon'?t want to not\b|\bopt out of not\b`],
  ['deselect-to-avoid', 0.8, re`\b(?:de-?select|un-?check|un-?tick)\b[^!?\n]{0,25}?\b(?:to avoid|and miss|and lose|if you want to miss|if you hate)\b`],
  ['billed-in-fine-print', 0.72, re`\b(?:a|per|\/)\s*(?:day|week|wk)\b[^!?\n]{0,10}?\(?\s*\*?\s*(?:billed|charged|paid|payable|collected)\s+(?:as\s|annually|yearly|upfront|up front|in advance|once a year)|^\W*\(?\s*\*\s*(?:billed|charged|payable|collected)\s+(?:as\s|annually|yearly|upfront|up front|in advance|once a year)|^\W*\(\s*(?:billed|charged|payable|collected)\s+(?:annually|yearly|upfront|up front|in advance|once a year)`],
  ['small-unit-price', 0.6, re`\b(?:only|just|as little as)\s+[£$€]?\s?\d[\d.,]*\s*p?\s*(?:more\s+|extra\s+)?(?:a|per|\/)\s*(?:day|week|wk)\b`],
  ['pay-nothing-today', 0.72, re`^\W*(?:nothing to pay|pay nothing)\s+(?:today|now|upfront|up front)\b|^\W*[£$€]\s?0(?:[.,]00)?\s+(?:upfront|up front)\b|\b(?:nothing to pay|pay nothing)\s+(?:today|now|upfront|up front)\b[^\n]{0,15}?\b(?:then\s+)?\d+\s+(?:monthly\s+)?payments?\s+of\b|[£$€]\s?0(?:[.,]00)?\s+(?:upfront|up front)\b[^\n]{0,15}?\b\d+\s+(?:monthly\s+)?payments?\s+of\b|\bpay (?:just |only )?[£$€]\s?0(?:[.,]00)?\s+(?:today|now|upfront|up front)\b|\b[£$€]\s?0(?:[.,]00)?\s+(?:due\s+)?today\b`],
  ['asterisk-offer', 0.62, re`\b(?:save|only|just|from|now|free|up to)\s+(?:up to\s+)?[£$€]?\s?\d[\d.,]*\s*(?:%|p)?\s*(?:off\s*)?(?:\/\s*[a-z]{1,5}\s*|(?:a|per) (?:month|week|year|day)\s*)?!?\*(?!\*)|^\W*\*\s*(?:on (?:the )?(?:second|third|selected|cheapest)|when you (?:buy|spend|purchase|order|take out|sign up|subscribe|join)|with (?:a |an )?(?:\d+|annual|yearly|minimum)|billed|charged|min(?:imum)? (?:spend|term)|requires)\b`],
  ['continue-to-accept', 0.8, re`\b(?:press|click|tap|hit|select)\s+['"]?(?:continue|next|ok|proceed|done)['"]?\s+to\s+(?:accept|agree to|join|add|start|activate|keep)\b[^.!?\n]{0,20}?\b(?:upgrade|offer|add-?on|membership|subscription|trial|plan|protection|cover|insurance|premium|plus|pro)\b`],
  ['decline-buried', 0.8, re`\bto (?:decline|opt out|say no|refuse|skip(?: this)?|stay on (?:the )?(?:free|basic|current) (?:plan|version|tier))\b[^.!?\n]{0,40}?\b(?:scroll (?:down|to)|the (?:small |tiny |grey )?link (?:at|in|below)|at the (?:very )?(?:bottom|end)|in the (?:footer|small print))\b`],
  ['no-keeps-you', 0.84, re`\b(?:choosing|selecting|clicking|pressing|tapping|answering)\s+['"]?no['"]?\s+(?:keeps|leaves|means|will keep|signs|opts)\s+you\b|\b(?:choosing|clicking|pressing|tapping|answering)\s+['"]?yes['"]?\s+(?:cancels|unsubscribes|removes|ends|opts you out)\b`],
  ['button-does-other', 0.8, re`(?:['"]?\b(?:skip|close|x|no thanks|back|cancel|later|not now|continue|next|ok|yes)\b['"]?|×)\s+(?:button|link|icon|in the (?:top )?corner)\b[^.!?\n]{0,30}?\b(?:adds|starts|opens|accepts|subscribes|enrols|activates|signs you up|books)\b`],
  ['yes-keep-benefit', 0.75, re`\byes,?\s+(?:please\s+)?keep my\s+(?:\d+\s*%\s+)?(?:discount|benefits?|perks?|savings?|rewards?|points|price|offer|cover|protection)\b`],
  ['free-with-strings', 0.75, re`\bfree\b['"]?[^!?\n]{0,25}?\((?!\s*(?:no|without|zero|nil)\s+(?:extra\s+|additional\s+|hidden\s+)?(?:charge|fee|cost|surcharge)s?\s*\))[^)\n]{0,40}?\b(?:fee|charge|surcharge|membership|subscription|monthly|weekly|refill|per month|a month|\/month|\/mo)\b`],
  ['no-keeps-it-on', 0.8, re`['"]?\bno\b['"]?\s+(?:will\s+)?(?:keeps?|leaves?)\s+(?:you|your)\b[^.!?\n]{0,30}?\b(?:subscribed|switched on|turned on|enrolled|opted in|active|signed up)\b`],
  ['clicking-label-does-other', 0.8, re`\b(?:clicking|pressing|tapping|selecting|choosing)\s+['"]?(?:continue|next|ok|okay|got it|dismiss|proceed|done|close|skip|later|maybe later|not now|no thanks)['"]?\s+(?:will\s+)?(?:adds?|starts?|opens?|accepts?|subscribes?|enrols?|activates?|signs you up|books?|upgrades?|confirms?|agrees?|buys?|orders?|renews?)\b`],
  // A decline button that consents: "By tapping 'No thanks', you agree to receive our weekly deals".
  ['declining-consents', 0.88, re`\bby (?:tapping|clicking|pressing|selecting|choosing|hitting)\s+['"]?(?:no|no thanks|not now|skip|close|decline|cancel|later|maybe later|x)['"]?,?\s+you(?:'re| are)?\s+(?:agree|accept|consent|confirm|opt(?:ing)? in|join|subscrib)\w*\b`],
  // Declining mapped to a button that says otherwise: "to decline the cover press Cancel; to keep it press OK".
  ['decline-by-other-button', 0.78, re`\bto (?:decline|refuse|remove|opt out of|say no to)\b[^.!?;\n]{0,30}?\b(?:press|click|tap|choose|select|hit)\s+['"]?(?:cancel|ok|back|close|continue)\b`],
  // A question asked in the negative: "Would you like us to not skip the assembly service? Yes / No".
  ['negative-question', 0.82, re`\b(?:would you (?:like|prefer|rather)|do you (?:want|wish)|shall we)\s+(?:us\s+)?(?:to\s+)?not\s+(?:to\s+)?(?:skip|remove|exclude|add|include|leave out|cancel|opt out|receive|keep|send)\b`],
  // The cheaper or plain choice put out of sight while a dearer one is selected: "To buy just once, open 'More buying
  // choices'", "Free standard delivery is under 'Other options' at the bottom of the page", "our other tariffs are listed
  // in the PDF tariff guide".
  ['alternative-tucked-away', 0.8, re`\b(?:to (?:buy|order|pay) (?:just )?once|one-?off purchase|(?:the )?(?:free|cheaper|standard|basic|regular|single)\s+(?:[a-z-]+\s+)?(?:option|delivery|shipping|plan|version|purchase|tariff|rate)s?|(?:our )?other (?:tariffs|plans|options|rates|sizes|prices))\b[^.!?;\n]{0,30}?\b(?:(?:is|are) (?:under|behind|in|inside|listed in|at the bottom of)|open|tap|click|see|listed in|in the (?:pdf|small print|footer))\s+(?:the\s+)?(?:['"][^'"\n]{2,30}['"]|pdf\b|(?:[a-z]+\s+){0,2}(?:menu|link|guide|page|footer|small print|tab|section))`],
  // The dearer option pre-selected and highlighted ("the 6-month plan is highlighted and selected", "Accept and continue
  // (highlighted)", "38 purposes, all switched on").
  ['highlighted-and-selected', 0.8, re`\b(?:highlighted|pre-?selected|selected)\s+and\s+(?:pre-?)?(?:selected|highlighted|ticked)\b|\(\s*highlighted\s*\)|\b(?:purposes|partners|vendors|toggles|categories)\b[^.!?;\n]{0,15}?\ball (?:switched|turned|ticked|checked|set) on\b`],
  // A saving or a free item whose condition, in brackets after it (its own segment once "!" ends the claim), is a bigger
  // purchase ("Free lesson! (when you book a 10-lesson pack)", "Save £20 today! (When you choose the annual plan at
  // £240.)"); a spend threshold ("(when you spend £50)") is not one.
  ['free-with-bigger-buy', 0.82, re`(?:\b(?:free|save|get)\b[^()\n]{0,40}?|^)\(\s*(?:only )?when you (?:book|choose|buy|sign up for|take|order|commit to|purchase)\s+(?:a|an|the|our)\s+(?:[a-z0-9-]+\s+){0,2}?(?:packs?|plans?|bundles?|subscriptions?|contracts?|courses?|memberships?)\b`],
  // A price shown that is not the one paid: "the non-member price you will actually pay, £89, appears at checkout".
  ['price-you-actually-pay', 0.8, re`\b(?:price|amount|total|rate|fare) you(?:'ll| will)? actually (?:pay|be charged)\b|\byou(?:'ll| will)? actually (?:pay|be charged)\b[^.!?;\n]{0,20}?[£$€]\s?\d`],

]);
