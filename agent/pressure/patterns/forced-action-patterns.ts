import { re, tacticPatterns } from './tactic-pattern.ts';

/** Every forced-action cue names what is demanded: text without any of these words skips the group. */
const DEMAND_CUE = /account|regist|sign|subscri|member|log ?in|join|follow|like|share|invite|refer|download|install|enable|turn on|allow|accept|rate|verify|profile|connect|provide|enter|give us|card|method|guest|app\b|survey|cookies|marketing|consent|agree/;

/** Things a shop may demand that have nothing to do with the purchase. */
const DEMAND = String.raw`(?:sign(?:ing)? up|subscrib\w*|regist\w*|log ?in|sign in|join|follow us|like (?:us|our page)|share\w*|invite|refer|download|install|enable|turn on|allow|accept|rate|verify|complete (?:your|the) (?:profile|survey)|connect|provide|enter(?! your (?:post ?code|zip|address|size|delivery))|give us|add (?:a|your) (?:payment )?(?:card|method)|create|open|set up)`;
/** What the demand is said to unlock: going on, buying, seeing the price. */
const UNLOCK = String.raw`(?:continue|proceed|unlock|complete|finish|buy|order|purchase|check ?out|access (?:the |our )?(?:sale|deal|offer|checkout|shop|prices?)|add (?:this|it)|add to (?:basket|cart|bag)|(?:see|view|reveal|get|show)\b[^.!?\n]{0,20}?\b(?:price|prices|pricing|discount|code|deal|offer|sale))`;

/** Cues of a purchase made conditional on an account, a subscription, an app, consent or data. */
export const FORCED_ACTION_PATTERNS = tacticPatterns('forced-action', [
  ['demand-to-continue', 0.86, re`\b${DEMAND}\b[^.!?\n]{0,50}?\bto ${UNLOCK}\b`],
  ['account-required', 0.86, re`(?<!\bno\s)(?<!\bnot\s)\b(?:an? |your )?(?:(?:customer |user )?account|registration|subscription|membership|login|sign-?up|loyalty card|app|profile)\s+(?:is |are )?(?:required|mandatory|needed|necessary|compulsory|obligatory)\b(?! only for)(?!\s+(?:for|to) (?:subscriptions|returns))`],
  ['members-only', 0.82, re`\b(?:registered (?:customers|users|members)|logged-in (?:customers|users))\s*[- ]?only\b|\bonly (?:available )?(?:to|for) (?:members|subscribers|registered (?:customers|users))\b|\b(?:visible|shown|available) (?:only )?to registered\b|\bprices? (?:are |is )?(?:visible|shown|available|displayed) (?:only )?(?:to|for|after) (?:registered|members|registration|sign(?:ing)?[- ]?up|log(?:ging)?[- ]?in)\b|\bprices shown only after\b`],
  ['no-guest-checkout', 0.88, re`\bguest (?:checkout|orders?|purchases?|ordering) (?:is |are )?(?:not available|disabled|unavailable|not possible|not supported)\b|\bno guest checkout\b`],
  ['need-x-to-order', 0.86, re`\byou (?:need|must have|will need|have to have|require)\s+(?:a|an)\s+(?:account|loyalty card|membership|subscription|app|profile)\b[^.!?\n]{0,20}?\bto (?:order|buy|purchase|check ?out|continue|shop)\b`],
  ['purchase-requires', 0.86, re`\b(?:purchase|purchasing|ordering|checkout|buying|this (?:item|product) can only be bought|this (?:item|product))\b[^.!?\n]{0,20}?\b(?:requires?|is only possible with|only with|can only be bought with)\b[^.!?\n]{0,30}?\b(?:subscription|membership|account|plan|sign(?:ing)? up|joining|box|app|registration)\b`],
  ['consent-to-buy', 0.88, re`\b(?:accept|agree to|consent to)\b[^.!?\n]{0,30}?\b(?:marketing|partner offers|newsletters?|tracking|all cookies|promotional|offers from partners)\b[^.!?\n]{0,30}?\bto (?:proceed|continue|order|check ?out|finish|complete|use)\b|\bto (?:finish|complete|place) your order,? you (?:need|must|have) to (?:agree|accept|consent|join|sign)\b`],
  ['must-before-ordering', 0.84, re`\bbefore (?:ordering|buying|purchasing|you can (?:order|buy|browse|check ?out|shop))\b[^.!?\n]{0,10}?,?\s*you (?:must|need to|have to)\b|\byou (?:must|need to|have to)\b[^.!?\n]{0,40}?\bbefore (?:ordering|buying|you can (?:order|buy|browse|check ?out|shop))\b|\bbefore you can (?:browse|order|buy|shop)\b`],
  ['must-create-account', 0.84, re`\byou (?:must|need to|have to|are required to)\s+(?:first\s+)?(?:create|open|register|sign up for|set up)\s+(?:a|an)\s+(?:\w+\s+)?(?:account|profile|membership)\b`],
  ['app-only', 0.75, re`\b(?:available to (?:order|buy)|can only be (?:ordered|bought)|only (?:orderable|available))\s+(?:in|through|via) (?:our|the) app(?: only)?\b`],
], DEMAND_CUE);
