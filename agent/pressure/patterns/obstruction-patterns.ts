import { re, tacticPatterns } from './tactic-pattern.ts';

/** Every obstruction cue names a way of leaving or a term: text without any of these words skips the group. */
const LEAVING_CUE = /cancel|terminat|unsubscri|opt|notice|return|refund|delet|clos|pause|stop|downgrad|retention|loyalty|save team|win-?back|minimum|contract/;

/** Ways of leaving: cancelling, unsubscribing, opting out, closing an account, returning, downgrading, pausing. */
const LEAVE = String.raw`(?:cancel\w*|terminat\w*|unsubscrib\w*|opt(?:ing)?[- ]?outs?|(?:close|closing|delete|deleting) (?:your |the |my )?(?:account|membership|profile)|account (?:deletion|closure)|(?:end|ending|stop|stopping|pause|pausing) (?:your |the )?(?:plan|contract|membership|subscription|deliveries)|returns?|refunds?|refund requests?|return requests?|downgrad\w*|notice)`;
/** Hard channels: phone, post, letter, fax, in person, one branch or app only. */
const HARD_CHANNEL = String.raw`(?:(?:tele)?phon(?:e|ing)|calling|(?:registered|recorded|certified) (?:letter|mail|post|delivery)|recorded delivery|post(?:al mail)?|letter|fax|(?:in )?person|in writing|writing|a branch|our (?:store|stores|club|branch|office|head office|hotline|(?:mobile )?app)|the (?:phone|front desk|reception|club reception))`;

/** Cues of leaving made hard: phone- or post-only cancellation, long notice, narrow windows, buried steps. */
export const OBSTRUCTION_PATTERNS = tacticPatterns('obstruction', [
  ['leave-only-by', 0.9, re`\b${LEAVE}\b[^.!?\n]{0,60}?\b(?:only|solely|exclusively)\b[^.!?\n]{0,30}?\b(?:by|via|through|over|in|at|during|with)\s+${HARD_CHANNEL}\b|\b${LEAVE}\b[^.!?\n]{0,20}?\bonly by\b`],
  ['must-call-to-leave', 0.88, re`\bto (?:cancel|unsubscribe|end|close|stop|pause|opt out|terminate|downgrade|delete|leave)\b[^.!?\n]{0,70}?\b(?:call|phone|ring|write to|send (?:us )?(?:a |your )?(?:letter|signed|written|form)|visit (?:one of )?our|speak (?:to|with)|talk to|contact (?:our|support|customer|the)|by post|by fax)\b`],
  ['leave-by-hard-channel', 0.85, re`\b${LEAVE}\b[^.!?\n]{0,50}?\b(?:by (?:registered|recorded|certified) (?:letter|mail|post)|via registered (?:letter|mail|post)|by recorded delivery|by (?:post|fax|letter)|in writing|(?:written|signed) (?:request|letter|form|notice)|in person)\b`],
  ['must-be-by-phone', 0.86, re`\b${LEAVE}\b[^.!?\n]{0,40}?\bmust be (?:requested|made|sent|submitted|done|given)\b[^.!?\n]{0,20}?\b(?:by|over the|via) (?:phone|telephone|post|letter|fax|registered)\b`],
  ['cannot-leave-online', 0.88, re`\b(?:cannot|can'?t|can not|not possible to|unable to|no way to)\s+(?:be\s+)?(?:cancel\w*|terminat\w*|unsubscrib\w*|end\w*|clos\w*)\b[^.!?\n]{0,30}?\b(?:online|on the website|via the website|through the website|from your account|by e-?mail)\b|\b(?:online|web|e-?mail|phone)\s+(?:cancell?ations?|unsubscrib\w*|terminations?)\s+(?:is|are)\s+not\s+(?:available|possible|accepted|supported|offered)\b|\bno online cancell?ation\b|\bcancell?ations?\s+(?:cannot|can'?t)\s+be\s+(?:made|done|processed)\s+online\b|\bcancell?ations? (?:over the phone|by e-?mail|online) (?:are|is) not (?:possible|accepted)\b`],
  ['notice-period', 0.84, re`\b\d+\s*(?:days?|weeks?|months?)'?\s*(?:written\s+|prior\s+)?notice\b|\bnotice (?:period )?of (?:\d+|one|two|three|six|twelve) (?:days|weeks|months)\b|\bnotice\b[^.!?\n]{0,40}?\b(?:no later than|at least) (?:\d+|one|two|three|six) (?:days|weeks|months)\b`],
  ['minimum-term', 0.84, re`\bminimum (?:term|contract|commitment|period)\b[^.!?\n]{0,40}?\b(?:cannot|can'?t|not) be (?:ended|terminated|cancell?ed|shortened)\b|\bcannot be (?:ended|terminated|cancell?ed) early\b|\bearly (?:termination|cancell?ation) is not (?:permitted|allowed|possible)\b|\bending your contract early costs\b`],
  ['leave-window', 0.82, re`\b(?:can|may) only (?:be )?cancel\w*\b[^.!?\n]{0,30}?\b(?:during|in|within) the (?:last|final|first|\d+)\b|\bonly cancel (?:in|during|within) the\b`],
  ['slow-leave', 0.82, re`\b${LEAVE}\b[^.!?\n]{0,30}?\b(?:takes?|take) up to (?:[3-9]\d|\d{3,}) days\b|\b${LEAVE}\b[^.!?\n]{0,30}?\b(?:takes?|take) up to \d+ (?:weeks|months)\b|\b(?:processed|handled) within \d+ (?:weeks|months)\b`],
  ['leave-needs-steps', 0.85, re`\b${LEAVE}\b[^.!?\n]{0,40}?\b(?:requires?|needs?)\b[^.!?\n]{0,30}?\b(?:survey|questionnaire|\d+-step|steps|a (?:phone )?call|phone call|a visit|an? (?:interview|appointment))\b|\bbefore you can cancel\b|\b(?:phone|call) confirmation\b[^.!?\n]{0,30}?\bcancell?ation\b|\bcancell?ation\b[^.!?\n]{0,30}?\bconfirmed by (?:a )?(?:phone|call)\b|\b(?:requires?|needs?) a phone call\b`],
  ['retention-team', 0.82, re`\b(?:retention|loyalty|save|win-?back) (?:team|advisors?|department|specialists?|agents?)\b`],
  ['cannot-cancel-once', 0.75, re`\b(?:cannot|can'?t|can not)\s+(?:cancel|return|change)\s+(?:your |the )?(?:order|subscription|plan|booking)\b[^.!?\n]{0,20}?\bonce\b`],
], LEAVING_CUE);
