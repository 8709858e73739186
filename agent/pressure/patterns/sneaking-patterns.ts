import { re, tacticPatterns } from './tactic-pattern.ts';

const ADD_ON = String.raw`(?:gift|free gift|warranty|insurance|protection(?: plan)?|donation|membership|subscription|plan|fees?|tip|sample|gift ?wrap(?:ping)?|add-?ons?|coverage|service charge|upgrade|cleaning kit)`;
const FEE = String.raw`(?:service|handling|processing|convenience|booking|admin(?:istration|istrative)?|cleaning|resort|facility|transaction|platform|payment|card|small[- ]order|packaging|reservation|check-?out|order|surcharge|destination|environmental|energy|regulatory)\s+(?:fee|charge|surcharge|cost)s?`;

/** Cues of costs slipped into the order: auto-added items, hidden fees, silent renewals. */
export const SNEAKING_PATTERNS = tacticPatterns('sneaking', [
  ['auto-added', 0.86, re`\b(?:automatically|auto-?)\s*(?:added|included|enrolled|subscribed|renew(?:s|ed|ing)?|charged|billed|converts?|selected|applied|opted in|upgraded|placed)\b|\b(?:added|included|renews?|renewed|charged|billed|enrolled|converts?|selected|upgraded)\b[^!?\n]{0,30}?\bautomatically\b`],
  ['addon-added', 0.9, re`\b${ADD_ON}\b[^!?\n]{0,40}?\b(?:has been |have been |was |were |is |are |been |now )?(?:added|included|applied|placed)\s+(?:to|in|on|into)\s+(?:your|the)\s+(?:cart|basket|bag|order|purchase|total|booking|checkout|subscription)\b`],
  ['addon-has-been', 0.82, re`\b${ADD_ON}\b[^!?\n]{0,30}?\b(?:has|have) been (?:added|included|pre-?selected|applied)\b`],
  ['we-added', 0.9, re`\bwe(?:'ve| have)?\s+(?:also\s+|automatically\s+|kindly\s+|already\s+)?(?:added|included|applied|slipped|put|placed)\b[^!?\n]{0,40}?\b(?:to|in|into|on)\s+your\s+(?:cart|basket|bag|order|purchase|total|booking)\b`],
  ['fee', 0.75, re`(?<!\bno\s)(?<!\bzero\s)(?<!\bwithout\s)(?<!\bfree\s)(?<!\bwaived\s)\b${FEE}\b(?!\s*[:=]?\s*(?:none|waived|free|€?\$?£?0(?:[.,]00)?\b|n\/a))`],
  ['plus-fees', 0.8, re`\bplus\b[^!?\n]{0,25}?\b(?:fees?|charges?|surcharges?|taxes and fees)\b|\b\+\s*(?:fees?|charges?|surcharges?)\b`],
  ['fees-apply', 0.75, re`(?<!\bno\s(?:[a-z]+\s)?)\b(?:fees?|charges?|surcharges?)\s+(?:may\s+|will\s+)?(?:apply|applies|will be added|added|not included|are extra|are additional|at checkout|applied)\b`],
  ['excludes-fee', 0.8, re`\b(?:excludes?|excluding|not including|does not include|doesn'?t include|before|without)\s+(?:the\s+|a\s+|all\s+)?(?:mandatory\s+|compulsory\s+|required\s+|additional\s+|obligatory\s+)?(?:[a-z]+\s+(?:and\s+)?){0,2}?(?:fees?|charges?|surcharges?)\b`],
  ['mandatory-fee', 0.88, re`\b(?:mandatory|compulsory|obligatory|required|non-?optional)\s+(?:[a-z]+\s+)?(?:fee|charge|surcharge|service charge|tip|gratuity)s?\b`],
  ['trial-converts', 0.86, re`\b(?:free\s+)?trial\b[^!?\n]{0,40}?\b(?:then|after(?:wards)?|converts?|renews?|becomes|rolls? over|billed|charged|until cancel(?:l)?ed|unless cancel(?:l)?ed|turns into|continues at)\b`],
  ['will-be-charged', 0.8, re`\b(?:will|you'?ll|you will)\s+be\s+(?:automatically\s+)?(?:charged|billed|debited)\b[^!?\n]{0,40}?\b(?:after|unless|each|every|monthly|per|automatically|annually|yearly|when|once)\b`],
  ['auto-renew', 0.8, re`\bauto-?renew(?:s|al|ing|ed)?\b|\brenews?\s+(?:automatically|each|every|monthly|annually|yearly|at)\b|\brecurring (?:monthly |annual |yearly |weekly )?(?:charge|payment|billing|fee)s?\b`],
  ['unless-cancelled', 0.8, re`\bunless (?:you\s+)?cancel(?:l)?(?:ed|s)?\b|\buntil (?:you\s+)?cancel(?:l)?(?:ed)?\b`],
  ['enrolled-in', 0.85, re`\b(?:enrolled|signed up|subscribed|registered|joined)\s+(?:in|to|for|into)\b[^!?\n]{0,40}?\b(?:membership|subscription|programme|program|plan|club)\b`],
  ['by-ordering-join', 0.8, re`\bby (?:ordering|purchasing|buying|continuing|checking out|placing)\b[^!?\n]{0,40}?\b(?:join|enrol(?:l?ed)?|enroll|subscribe|subscribed|membership|subscription|become a member)\b`],
  ['pre-selected', 0.86, re`(?<!\b(?:not|never|no)\s)\bpre-?(?:selected|checked|ticked|enabled|filled|added)\b|\b(?:enabled|selected|checked|ticked|on|included|activated|opted in)\s+by\s+default\b`],
  ['round-up', 0.8, re`\b(?:added|add)\s+to\s+round\s+up\b|\brounded up (?:for|to) (?:charity|a donation)\b`],
  ['membership-included', 0.8, re`\b(?:paid\s+)?(?:membership|subscription)\s+(?:included|is included)\b[^!?\n]{0,30}?\b(?:billed|charged|monthly|per|\/)\b|\b(?:includes?|including)\s+a\s+paid\s+(?:membership|subscription)\b`],
  ['subscription-starts', 0.75, re`\b(?:paid\s+)?subscription (?:starts|begins|kicks in|will start|activates)\b`],
  ['added-at-payment', 0.8, re`\b(?:contributions?|lev(?:y|ies)|surcharges?|fees?|charges?|supplements?|tax(?:es)?|costs?)\b[^!?\n]{0,30}?\b(?:is |will be |gets |are )?(?:added|applied|charged|shown|appears?|will appear)\s+(?:at|during|on|in)\s+(?:the\s+)?(?:payment|checkout|final|last|next|billing)\b`],
  ['starts-after-trial', 0.85, re`\b(?:membership|subscription|billing|charges?|plan|payments?)\b[^!?\n]{0,40}?\b(?:starts|begins|kicks in|applies|renews)\s+(?:after|when|once|at the end of)\b[^!?\n]{0,20}?\btrial\b`],
  ['priced-addon-added', 0.85, re`\(\s*\+\s*[$€£]?\s*\d[\d.,]*\s*(?:[$€£]|eur|usd|gbp)?\s*\)\s*(?:has been\s+|is\s+|was\s+)?(?:added|included|applied)\b|\badded to (?:every|each|all|your) (?:orders?|purchases?|bookings?)\b`],
  ['ticked-addon', 0.88, re`\[\s*[x✓✔]\s*\]\s*(?:add|include|yes|protect|insure|upgrade)\b|\b(?:checked|ticked|selected|pre-?selected)\s*:\s*(?:add|include|yes|protect|insure)\b|\b(?:ticked|checked|selected|enabled|on) (?:for you )?by default\b`],
  ['priced-item-selected', 0.86, re`\(\s*\+?\s*[$€£]?\s*\d[\d.,]*\s*(?:[$€£]|eur|usd|gbp)?\s*\)\s*(?:has been\s+|is\s+|was\s+)?(?:pre-?)?(?:selected|checked|ticked|added|included)\b`],
  ['cost-revealed-late', 0.82, re`\b(?:shipping|delivery|postage|fees?|taxes|charges?|costs?|surcharges?)\b[^.!?\n]{0,30}?\b(?:calculated|revealed|shown|displayed|added|appear|applied)\s+(?:only\s+)?(?:at|on|in|during)\s+(?:the\s+)?(?:last|final|next|payment|checkout)\s*(?:step|stage|page|screen)?\b(?!\s+before)`],
  ['extra-at-checkout', 0.82, re`\b(?:pay|pays|charged|costs?)\s+(?:an?\s+)?extra\b[^.!?\n]{0,25}?\b(?:at|on|during)\s+(?:checkout|payment|delivery)\b|\bextra\s+[$€£]?\d[\d.,]*\s*(?:eur|usd|gbp|[$€£])?\s+(?:at|on)\s+(?:checkout|payment|delivery)\b`],
  ['order-includes-plan', 0.84, re`\b(?:order|purchase|price|booking|basket|cart)\s+(?:also\s+)?includes?\s+(?:a|an)\s+(?:\d+-month\s+|\d+-year\s+|monthly\s+|annual\s+|yearly\s+)?(?:[a-z]+\s+){0,2}?(?:subscription|membership|plan)\b`],
  ['billed-after-sample', 0.85, re`\bbilled\b[^!?\n]{0,25}?\bafter\s+\d+\s*(?:days?|weeks?)\b|\bcharged\b[^!?\n]{0,25}?\bafter\s+\d+\s*(?:days?|weeks?)\b`],
]);
