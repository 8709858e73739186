import { AlternationGate } from './alternation-gate.ts';
import { detectHiddenContent } from './detect-hidden-content.ts';
import { dotlessIIsNative } from './homoglyphs.ts';
import { digitShapeKey, digitSensitive } from './digit-shape.ts';
import { extractFeatures, TOKENIZE_REGEXES } from './extract-features.ts';
import { predictProbabilities } from './logistic-model.ts';
import { HIT_TRIMMING_REGEXES, matchPatterns, type PatternHit } from './match-patterns.ts';
import { TACTIC_PATTERNS } from './patterns/index.ts';
import { normalizeText, toOriginalRange, type NormalizedText } from './normalize-text.ts';
import { BoundedMap, PRESSURE_TACTIC_LABELS, type PressureTacticLabel } from '../../protocol/index.ts';
import { logit, sigmoid } from './log-odds.ts';
import { scoreTextPressure } from './score-text-pressure.ts';
import { segmentText } from './segment-text.ts';
import { WAIVED_DEMAND } from './waived-demand.ts';
import { SELLER_DECLINES } from './seller-declines.ts';
import { isDescriptiveStatement, NEGATED_CHARGE, PRESSES_READER } from './descriptive-cues.ts';
import { STATED_TERMS } from './stated-terms.ts';
import { isMentionedNotUsed } from './mentioned-cues.ts';
import { citesOnlyNames, NAME_PRONE_CUES } from './named-cues.ts';
import { CONTEXT_WORD, cueContext, hasContextWords } from './cue-context.ts';
import type { DetectedTactic, TextPressureReport } from './text-pressure-report.ts';
import type { PressureModel } from './train-pressure-model.ts';
import { isNegatedHit, NEGATABLE_TACTICS, NEGATION_REGEXES, statesAbsence } from './negated-cue.ts';

/** How pattern and model evidence are combined; defaults chosen on the dev set. */
export interface PressureDetectorOptions {
  /** Tactics below this confidence are not reported. */
  readonly minConfidence: number;
  /** How strongly the model's opinion (of the cue's context, for READ_CUE_CONTEXT tactics) moves a pattern's prior (0 = patterns only). */
  readonly modelInfluence: number;
  /**
   * Log-odds penalty for a tactic that only the model sees (no hand-written pattern matched). Unset, it is the log-odds
   * of the model's cross-validated threshold (`PressureModel.modelOnlyThreshold`, so a model-only finding is reported
   * from that probability on), or FIXED_MODEL_ONLY_PENALTY for a model trained without calibration.
   */
  readonly modelOnlyPenalty?: number;
  /** At most this many spans per tactic, so a huge text cannot produce a huge report. */
  readonly maxSpansPerTactic: number;
  /**
   * Distinct segments whose reading is kept, for texts with and without transparent terms each (0 = none). A segment's reading depends only on its own normalised text,
   * and brand texts share most of their sentences (a title inside a pitch, a price line before the same injection),
   * so each distinct sentence is read once: the cache changes no result, only time (tests compare with 0).
   */
  readonly segmentCacheSize: number;
}

/** The defaults. */
export const DEFAULT_DETECTOR_OPTIONS: PressureDetectorOptions = {
  minConfidence: 0.5,
  modelInfluence: 0.5,
  maxSpansPerTactic: 20,
  segmentCacheSize: 50_000,
};

/** The model-only penalty of a model trained without a cross-validated threshold (chosen on the dev set, an older way). */
export const FIXED_MODEL_ONLY_PENALTY = 1.5;

/**
 * The one detector type: untrusted text in, labelled tactics with exact spans out. The butler's scorers take any
 * function of this shape (the trained detector, a memoised one, a fake in tests).
 */
export type PressureDetector = (text: string) => TextPressureReport;

/**
 * Tactics whose cues are words honest shops use every day (a deadline, "while stocks last", "best-selling", a named fee,
 * "certified"): for these the model confirms or refutes a pattern by reading the cue's context with the cue blanked out.
 * The model was trained on lines containing the same cue words, so reading them again would count one signal twice and
 * an honest "cleaning fee: €40, included in the total shown" would be confirmed by its own words. The other tactics'
 * cues describe the manipulation itself (cancelling only by post, buying only with an account, a shaming opt-out, an
 * order to the AI), so the model reads the whole segment as before, and camouflage in the rest of a sentence cannot
 * sink an injection. A context shorter than MIN_CONTEXT_WORDS words gives the model nothing to weigh, so then the
 * pattern's prior stands alone.
 */
export const ROUTINE_CUE_TACTICS: ReadonlySet<PressureTacticLabel> = new Set(['urgency', 'scarcity', 'social-proof', 'sneaking', 'authority']);
const READ_CUE_CONTEXT = ROUTINE_CUE_TACTICS;
/**
 * A hit of a choice-structure pattern (patterns/choice-structure-patterns.ts) reads no routine word: it reads who acted
 * on the buyer's money or choice and when it was disclosed (an extra the shop added with its own amount, a charge that
 * runs unless the buyer acts). Like the cues that describe the manipulation itself, its segment is read whole.
 */
const isStructuralHit = (hit: PatternHit): boolean => hit.patternId.includes('.struct-') || hit.patternId.includes('.ml-struct-');
/**
 * How far (in log-odds, before modelInfluence) the model reading a routine cue's context may raise the cue. Blanking
 * the cue does not blank its companions ("a … fee of €20 per stay applies", "limited to … copies"): the model learned
 * those from the same lines as the cue, so a context that merely looks like the cue's usual surroundings must not
 * confirm it again. The model may still refute a cue fully; it confirms one only a little.
 */
const CONTEXT_CONFIRMATION_CAP = 1;
/** Log-odds taken off a descriptive cue stated in an informative sentence that presses nobody (see descriptive-cues.ts). */
const DESCRIPTIVE_DISCOUNT = 3;
/** Log-odds taken off a cost the clause says is not charged. */
const NEGATED_CHARGE_DISCOUNT = 4;
/** Log-odds taken off an urgency finding whose only cues sit inside a name the text uses (see named-cues.ts). */
const NAME_DISCOUNT = 4.5;

/** Probabilities are kept in [1e-4, 1 - 1e-4] before taking log-odds. */
const PROBABILITY_BOUND = 1e-4;
const clampProbability = (p: number): number => Math.min(Math.max(p, PROBABILITY_BOUND), 1 - PROBABILITY_BOUND);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const MIN_LETTERS_FOR_MODEL = /[a-z].*[a-z]/;
/** Certificate, standard or report numbers make an authority claim checkable, so it is not pressure. */
const VERIFIABLE_REFERENCE = /\b(?:certificate|cert\.?|report|licen[cs]e|registration|reg\.?)\s*(?:no\.?|number|#|id)?\s*:?\s*[a-z0-9-]*\d{3,}|\b(?:en|iso|iec|astm|ansi|din)\s?\d{3,}|\([^)]*\b(?:19|20)\d{2}\)/;
/** Each alternative of TRANSPARENT_TERMS on its own line (joined with `|`). */
export const TRANSPARENT_TERMS_PARTS: readonly string[] = [
  "\\bcancel\\w*\\b[^.!?\\n]{0,30}?\\b(?:online|any ?time|at any time|whenever you (?:like|want)|in (?:one|two|three|a few|a couple of|1|2|3) (?:clicks?|taps?)|with (?:one|a single|1) (?:click|tap)|instantly|(?:from|in|on|via) (?:your |the )?(?:account|profile|settings|app|website)\\b(?! (?:is|are) not)(?!\\s+(?:isn|aren)'?t))\\b",
  "\\b(?:email|remind|notify|tell|send) you\\b[^.!?\\n]{0,30}?\\bbefore (?:each|every|any|your|the) (?:renewal|charge|payment|billing|next (?:renewal|charge|payment))\\b",
  "\\b(?:switch|turn) (?:auto-?renew(?:al)?|it|this|renewal) off\\b[^.!?\\n]{0,20}?\\b(?:in|from|on) (?:your|the) (?:account|profile|settings|app)\\b",
  "\\b(?:is|are) (?:entirely |completely )?(?:optional|up to you)\\b",
  "\\b(?:not|never) (?:added|included|charged|ticked|selected) (?:automatically|by default|unless you)\\b",
  "\\b(?:shown|displayed|listed) before you (?:pay|book|order|confirm|start|begin|buy|commit|sign up|subscribe|check ?out)\\b",
  // A cost disclosed before the buyer commits, even with words between ("shown in the price breakdown before you pay").
  "\\b(?:shown|displayed|listed|stated|quoted|itemi[sz]ed|visible|you(?:'ll| will)? see (?:it|them|this|these|the [a-z]+)|(?:shows?|displays?|lists?) (?:it|them|this|these|the (?:fee|charge|cost|amount)s?))\\b[^.!?\\n]{0,40}?\\bbefore (?:checkout|check-out|payment|paying|booking|ordering|you (?:pay|book|order|confirm|choose|select|pick|check ?out|buy|commit))\\b",
  // A cost shown where the buyer reads the price, not on the last screen ("cleaning fee €45, shown with the nightly
  // rate", "handling charge £2, shown at the top of every product page").
  "\\b(?:shown|displayed|listed|stated|printed|quoted|visible)\\b(?:(?!\\b(?:final|last|checkout|payment|confirmation|receipt|invoice)\\b)[^.!?\\n]|\\.(?=\\d)){0,25}?\\b(?:with|beside|next to|alongside|on|in|at the top of)\\s+(?:the|our|each|every|your|this)\\s+(?:(?!(?:final|last|checkout|payment|confirmation|summary)\\b)[a-z]+\\s+)?(?:rates?|prices?|fares?|product pages?|pages?|listings?|menus?|price lists?)\\b(?![^.!?\\n]{0,30}?\\b(?:confirmation|final|last|payment|checkout|summary)\\b)",
  // A reminder ahead of a charge, however worded ("we email you a reminder beforehand").
  "\\b(?:remind(?:er|ers|s)?|notif(?:y|ication|ications))\\b[^.!?\\n]{0,30}?\\b(?:beforehand|in advance|ahead of (?:time|renewal|each|every|the|any)|before (?:it|each|every|any|your|the) (?:[a-z]+ )?(?:renews?|renewal|charge|payment|billing)|(?:a|one|two|three|[0-9]+) (?:days?|weeks?) (?:before|ahead)(?! (?:you can|it is too)))\\b",
  // Notice ahead of a charge counted in days or weeks ("we'll remind you two days before", "we send your renewal price 21 days before").
  "\\b(?:e-?mail|remind|notify|tell|send|text|message|warn|alert|write to) you(?:r)?\\b[^.!?\\n]{0,40}?\\b[a-z0-9]+ (?:days?|weeks?) (?:before|ahead|in advance)\\b",
  "\\byou choose (?:what|whether|if)\\b",
  "\\b(?:included|includes?|including) in (?:the |every |all |each |our )?(?:[a-z]+ )?(?:price|prices|total|totals|fare|fares|rate|rates)\\b[^.!?\\n]{0,25}?\\b(?:shown|displayed|quoted|listed|you see)\\b(?![^.!?\\n]{0,30}?\\b(?:confirmation|final|last|payment|checkout|summary)\\b)",
  "\\b(?:prices?|totals?|fares?|rates?)\\s+(?:shown|displayed|quoted|listed)\\s+(?:already\\s+|always\\s+)?include\\b",
  "\\bas (?:stated|shown|listed|printed) (?:on|in) (?:the|our) (?:menu|website|ticket|booking|product|order|price)\\b",
  "\\b(?:listed|shown|stated|displayed|printed) (?:on|in) (?:the|our|each|every|your) (?!(?:final|last|payment|checkout|confirmation|summary)\\b)(?:[a-z]+ )?(?:page|listing|ticket|menu|basket|quote)\\b",
  // A fee inside the price the buyer is shown ("booking fee £1.50, shown in the price above", "a cleaning fee of €40 is
  // included in the total"), unless that total is the last screen's; an item that "has been included" was added.
  "\\b(?:fees?|charges?|surcharges?|tax(?:es)?|lev(?:y|ies)|deposits?|delivery|shipping|postage|vat)\\b(?:(?!\\b(?:not|never|excluded|excluding)\\b|n't\\b)[^.!?\\n]|\\.(?=\\d)){0,30}?(?<!\\b(?:has|have) been )\\b(?:shown|displayed|listed|included) in the (?:prices?|totals?|fares?|rates?)\\b(?! you (?:see|pay) (?:at|on)\\b)(?![^.!?\\n]{0,30}?\\b(?:confirmation|final|last|payment|checkout|summary|receipt|invoice)\\b)",
  "\\bpart of the (?:[a-z]+ )?(?:total|price|fare|rate)\\b[^.!?\\n]{0,20}?\\b(?:shown|displayed|quoted|listed|you see)\\b(?![^.!?\\n]{0,30}?\\b(?:confirmation|final|last|payment|checkout)\\b)",
  "\\b(?:text|message|warn|alert|ask) you\\b[^.!?\\n]{0,30}?\\bbefore (?:each|every|any|your|the) (?:renewal|charge|payment|billing|top-?up)\\b",
  "\\bonly (?:if|when) you (?:press|click|tap|choose|select|opt|confirm|ask|agree|tick|switch)\\b",
  // A cost that appears before the buyer commits ("it appears as its own line in the summary before you pay"), not on the last screen.
  "\\bappears?\\b(?:(?!\\b(?:final|last|confirmation)\\b)[^.!?\\n]){0,40}?\\bbefore (?:checkout|check-out|payment|paying|booking|ordering|you (?:pay|book|order|confirm|check ?out|buy|commit))\\b",
  // A fee inside the price the buyer reads ("ticket price 42 € including a 3 € booking fee"), unless it shows up late.
  "\\bprices?\\b(?:[^.!?\\n]|\\.(?=\\d)){0,20}?\\b(?:including|incl\\.|inclusive of)\\s(?:[^.!?\\n]|\\.(?=\\d)){0,30}?\\b(?:fees?|charges?|surcharges?|lev(?:y|ies)|tax(?:es)?|vat|delivery|shipping|postage)\\b(?![^.!?\\n]{0,40}?\\b(?:final|last|payment|checkout|confirmation|appears?|later)\\b)",
  "\\bcancel\\w*\\b[^.!?\\n]{0,30}?\\b(?:during|before the end of|within) (?:the|your) (?:free |[a-z0-9-]+ )?trial\\b[^.!?\\n]{0,40}?\\b(?:won'?t|will not|are not|aren'?t|not) be (?:charged|billed)\\b",
  // Not when switching off needs someone else ("to switch off auto-renewal you must contact your account manager").
  "\\b(?:turn|switch) off (?:auto-?renew(?:al)?|(?:the )?renewal)\\b(?![^.!?\\n]{0,30}?\\b(?:not|cannot|can'?t|must|only|have to|need to|call|phone|contact|write)\\b)",
  // A renewal notice sent ahead, however named ("the renewal letter arrives 30 days before", "we'll notify you before it does").
  "\\b(?:renewal|reminder) (?:letter|notice|email|e-mail|reminder|message)s?\\b[^.!?\\n]{0,30}?\\b(?:arrives?|(?:is|are) sent|comes?|goes out)\\b[^.!?\\n]{0,20}?\\b(?:before|ahead|in advance)\\b",
  "\\b(?:notify|remind|tell|email|warn|alert|write to|text) you\\b[^.!?\\n]{0,20}?\\bbefore (?:it|this|they) (?:does|do|renews?|happens?|(?:is|are) (?:charged|renewed|billed)|charges?)\\b",
  // Stopping or switching off from the buyer's own account or settings, whatever the page is called ("stop it from your
  // account page with two taps", "switch it off in Domain settings").
  // Not a charge that runs "unless you turn it off in settings" (an extra added for the buyer, who must act to stop paying).
  "(?<!\\bunless you )\\b(?:stop|end|pause)\\b (?:it|this|them|the (?:plan|box|subscription|membership)|your (?:plan|box|subscription|membership)) (?:from|in|on|via) (?:your|the) (?:[a-z]+ )?(?:account|profile|settings|app|dashboard)(?: page| area)?\\b",
  "(?<!\\bunless you )\\b(?:switch|turn) (?:it|this|them|auto-?renew(?:al)?|renewal) off\\b[^.!?\\n]{0,10}?\\b(?:in|from|on|via) (?:your |the )?(?:[a-z]+ )?(?:account|profile|settings|app|dashboard)\\b",
  "\\bcancel\\w*\\b[^.!?\\n]{0,20}?\\b(?:go to|open|visit|under|in)\\s+(?:[a-z]+ ){0,2}[a-z]+\\s*[>›»]\\s*[a-z]+(?:\\s+[a-z]+)?(?:\\s*[>›»]\\s*[a-z]+(?:\\s+[a-z]+)?)?\\s*(?:[.!?\\n;,]|$)",
];
/**
 * Terms stated plainly ("cancel online at any time", "cancel from your account in a few clicks", "we email you before
 * each renewal", "tipping is up to you", "not added automatically", "shown before you pay") make renewal, cancellation
 * and cost wording informative rather than sneaky or obstructive; read once per text, since the reassurance may sit in
 * the next clause.
 */
export const TRANSPARENT_TERMS = new RegExp(TRANSPARENT_TERMS_PARTS.join('|'), '');
const TRANSPARENT_TERMS_ALL = new RegExp(TRANSPARENT_TERMS.source, 'g');
/**
 * Texts that pass the literal test below mostly hold a word of one alternative only ("noise cancelling" in a product
 * name): the alternatives that word leaves possible are tried alone, and the whole regex runs only when one matches.
 */
const TRANSPARENT_TERMS_GATE = new AlternationGate(TRANSPARENT_TERMS_PARTS);
/**
 * Whether the text states a transparent term that it does not negate just before or deny just after: "you can't cancel
 * online", "there is no cancel option in the app" and "cancel online is not available" state the opposite of a plain exit (the clause's last 16 characters before the term
 * are read, as for a plain exit).
 */
export function statesTransparentTerms(text: string): boolean {
  if (!mayStateTerms(text) || !TRANSPARENT_TERMS_GATE.mayMatch(text)) return false;
  TRANSPARENT_TERMS_ALL.lastIndex = 0;
  for (let m = TRANSPARENT_TERMS_ALL.exec(text); m !== null; m = TRANSPARENT_TERMS_ALL.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index).split(/[.!?;,\n]/).pop() ?? '';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!EXIT_NEGATION.test(before) && !EXIT_DENIED_AFTER.test(after)) return true;
  }
  return false;
}
const TRANSPARENT_TERMS_DISCOUNT = 3;
/**
 * Renewal and cancellation wording the transparent-terms reading is about: with terms stated plainly, these cues alone
 * (no fee, no added item) say nothing sneaky, so they are discounted further than other sneaking or obstruction cues.
 */
const RENEWAL_WORDING = new Set(['sneaking.auto-renew', 'sneaking.unless-cancelled', 'sneaking.will-be-charged', 'sneaking.trial-converts', 'sneaking.set-to-repeat', 'sneaking.starts-after-trial', 'sneaking.free-then-recurring', 'sneaking.billed-after-sample', 'sneaking.auto-added']);
const RENEWAL_WORDING_DISCOUNT = 6;

/**
 * Leaving stated plainly in the same clause: a way of leaving followed by an easy channel ("cancel at the front desk or
 * online", "give one month's notice by email or letter", "leave with 30 days' notice online", "use the Cancel button on
 * your account page"). Then a notice period or
 * a desk named beside it is a term, not an obstacle, unless the clause negates the channel ("can't be made online").
 */
const PLAIN_EXIT = /\b(?:cancel\w*|leav\w*|end(?:s|ing)?|notice|terminat\w*|unsubscrib\w*|opt(?:ing)? out|clos(?:e|ing)|stop(?:s|ping)?|quit)\b[^.!?;\n]{0,50}?\b(?:online|by e-?mail|e-?mail|in the app|via the app|(?:in|from|on|via) (?:your|the) account(?: page| area| dashboard)?|in (?:your )?(?:account )?settings|with one click|in a few clicks|(?:the|a) cancel(?:lation)? (?:button|link))\b/g;
const EXIT_NEGATION = /\b(?:not|no|never|cannot|can'?t|isn'?t|aren'?t|won'?t|doesn'?t|don'?t|nor|neither|except|only (?:at|in|by|through|via))\b|n't\b/;
const PLAIN_EXIT_DISCOUNT = 4.5;
/** A channel denied right after it is named ("cancel online is not available for your membership type"). */
const EXIT_DENIED_AFTER = /^\s*(?:is|are)\s+(?:not|no longer|unavailable)\b|^\s*(?:isn'?t|aren'?t)\b/;
/** A demand made optional or waived states the opposite of the cue, as a plain exit does for obstruction (see waived-demand.ts). */
const WAIVED_DEMAND_DISCOUNT = PLAIN_EXIT_DISCOUNT;
/** Requirements that make even an e-mail exit heavy (a signed contract, an ID copy, account numbers). */
const EXIT_BURDEN = /\bsigned\b|\bscan\b|\bcopy of\b|\bid\b|passport|full name|(?:account|membership|customer|card) number|post ?code|date of birth|\breason\b/;
/** Whether a segment states an easy, un-negated way of leaving (checked only for segments with an obstruction cue). */
const EXIT_WORDS = /online|mail|app|account|settings|click/;
export function statesPlainExit(segment: string): boolean {
  if (!EXIT_WORDS.test(segment) || EXIT_BURDEN.test(segment)) return false;
  PLAIN_EXIT.lastIndex = 0;
  for (let m = PLAIN_EXIT.exec(segment); m !== null; m = PLAIN_EXIT.exec(segment)) {
    const before = segment.slice(Math.max(0, m.index - 20), m.index);
    const after = segment.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!EXIT_NEGATION.test(m[0]) && !EXIT_NEGATION.test(before) && !EXIT_DENIED_AFTER.test(after)) return true;
  }
  return false;
}
/**
 * A notice period of a month or less is an ordinary term (tenancies, gyms, phone contracts state one): when it is the
 * only obstruction cue of a segment it is discounted as a plain exit is (`PLAIN_EXIT_DISCOUNT`: a plain term either way).
 * Long notice (two months, ninety days) keeps its weight.
 */
const NOTICE_WORDING = new Set(['obstruction.notice-period', 'obstruction.notice-in-words']);
const SHORT_NOTICE = /\b(?:(?:one|a|1|a full|one full) (?:calendar )?month|(?:one|two|three|four|1|2|3|4) weeks?|(?:[1-9]|[12]\d|30|31) (?:calendar |working |business )?days?|(?:seven|fourteen|thirty) days)(?:'s|s'|')?\s+(?:written\s+|prior\s+|advance\s+)?notice\b/;
/** Channels heavier than writing (which includes e-mail): with one of these, short notice "in writing" is still a hurdle. */
const HEAVY_CHANNEL = /\b(?:post|postal|letter|fax|registered|recorded|in person|branch|phone|call|signed|hand)\b/;
/**
 * A deadline stated as a calendar day, with nothing else pressing ("the sale ends on Sunday; prices return to normal on
 * Monday", "auction ends Sunday 20:00 CET", "closes at 14:00 on Sundays", "ends at midnight Sunday 7 December": a clock
 * time (midnight too) on a named day is a schedule,
 * not a countdown): when the end-of-offer wording is the only urgency cue and the segment has no exclamation, no "now/today/
 * tonight/hurry/last chance", it informs rather than presses.
 */
const DEADLINE_WORDING = new Set(['urgency.deal-ends', 'urgency.ends-when', 'urgency.countdown-after-verb', 'urgency.ends-at-hour', 'urgency.ends-in-duration']);
/** Prices said to go back up end a reduction, as "the sale ends" does ("prices go back up on Monday"); a bare rise ("prices go up on Monday") is not a sale's end. */
const PRICES_RETURN = /\bback up\b|\bback to (?:normal|full|the usual|regular)\b/;
const isDeadlineHit = (text: string, hit: PatternHit): boolean =>
  DEADLINE_WORDING.has(hit.patternId) || (hit.patternId === 'urgency.price-goes-up' && PRICES_RETURN.test(text.slice(hit.start, hit.end + 16)));
const CALENDAR_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:on|until|till|by|ends?|closes?)\s+(?:at (?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s+(?:on\s+)?)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2})\b/;
const PRESSING = /!|\b(?:now|today|tonight|(?<!\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:at\s+)?)midnight(?!\s+(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|hurry|last chance|don'?t miss|soon|quick|fast|final|only|left|hours?|minutes?)\b/;
const CALENDAR_DEADLINE_DISCOUNT = 3.5;
/** An auction's end is the sale format's own schedule (bids close when it ends), read like a calendar day. */
const AUCTION_END = /\bauctions?\b|\bbidding\b/;

/**
 * Whether TRANSPARENT_TERMS can match at all: each branch needs one of these literals ("cancel", a verb right before
 * " you", "remind", "notif", a disclosure verb (shown, displayed, listed, stated, printed, quoted, visible, itemi[sz]ed, " see "), " off", "optional", "up to you", "automatically", "by default", "unless you", "before you", "you choose", "incl", "appear", "as stated/shown/listed/printed", "only if/when you", "write to you", "listed/shown/stated/displayed/printed on/in", "part of the"; the
 * text is lowercased, the regex is case-sensitive). Brand pitches say " you" all the time ("you deserve…"), so testing
 * for the phrases rather than " you" alone spares most texts the regex. One alternation of the literals (V8 scans it in one
 * pass) costs a fifth of the same literals tested one `includes` at a time.
 */
const TERMS_LITERALS = /cancel|renewal|reminder|stop|pause|end it|end this|end them|end the|end your|email you|e-mail you|remind|notif|shown|displayed|listed|stated|printed|quoted|visible|itemi| see |notify you|tell you|send you| off|optional|up to you|automatically|by default|unless you|before you|you choose|incl|appear|as stated|as shown|as listed|as printed|only if you|only when you|listed on|listed in|shown on|shown in|stated on|stated in|displayed on|displayed in|printed on|printed in|part of the|text you|message you|warn you|alert you|ask you|write to you/;
export function mayStateTerms(text: string): boolean {
  return TERMS_LITERALS.test(text);
}

/** Short texts (button labels, checkout rows) are also read whole, for the patterns of such rows (a decline label, a ticked box). */
const WHOLE_ROW_MAX_LENGTH = 120;
const WHOLE_ROW_GATE = /^\W*(?:no|nope|not|maybe|skip|decline|close|unsubscribe|cancel|leave|exit|continue|proceed|keep|remove|reject)\b|\[\s*[x✓✔]\s*\]/;
const WHOLE_ROW_PATTERNS = /^(?:confirmshaming\.|sneaking\.ticked-box-amount$)/;

/**
 * Segments that differ only in their digits share one reading where that is provably the same reading (see
 * digitShapeKey): the digit-sensitive tactic patterns and whole-segment tests are run on the real segment and their
 * results become part of the key. Regexes that read a segment in other ways (a cue's context, a plain exit, trimming a
 * hit, the model's tokens) must see every digit alike, or the shared reading is off altogether.
 */
const SEGMENT_TESTS: readonly RegExp[] = [MIN_LETTERS_FOR_MODEL, VERIFIABLE_REFERENCE, CALENDAR_DAY, AUCTION_END, PRESSING, SHORT_NOTICE, HEAVY_CHANNEL, EXIT_WORDS, EXIT_BURDEN];
const OTHER_SEGMENT_READERS: readonly RegExp[] = [...NEGATION_REGEXES, SELLER_DECLINES, CONTEXT_WORD, PRESSES_READER, NEGATED_CHARGE, WAIVED_DEMAND, PLAIN_EXIT, EXIT_NEGATION, EXIT_DENIED_AFTER, ...HIT_TRIMMING_REGEXES, ...TOKENIZE_REGEXES];
const DIGIT_SENSITIVE_TESTS: readonly RegExp[] = SEGMENT_TESTS.filter(digitSensitive);
const DIGIT_SENSITIVE_PATTERNS = TACTIC_PATTERNS.filter((pattern) => digitSensitive(pattern.regex) || (pattern.cue !== undefined && digitSensitive(pattern.cue)));
/** Whether the detector shares a reading between segments that differ only in their digits (every segment reader sees digits alike). */
export const DIGIT_SHAPES_SHAREABLE = !OTHER_SEGMENT_READERS.some(digitSensitive) && !DIGIT_SENSITIVE_TESTS.some((test) => test.global || test.sticky);

const MAX_CONFIDENCE = 0.99;
const LABEL_INDEX = new Map(PRESSURE_TACTIC_LABELS.map((label, index) => [label, index]));
const NO_HITS: readonly PatternHit[] = Object.freeze([]);

/** What one segment yields, with offsets relative to the segment's start in the normalised text (so it is reusable). */
interface SegmentCandidate {
  readonly label: PressureTacticLabel;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** The log-odds behind `confidence` before the cap, for text-level adjustments made after the segment's reading. */
  readonly logOdds: number;
  readonly evidence: readonly string[];
}

interface Candidate {
  label: PressureTacticLabel;
  start: number;
  end: number;
  confidence: number;
  logOdds: number;
  evidence: string[];
  note?: string;
}

/** Combines pattern priors (noisy-OR across distinct patterns, the strongest counting fully). */
function patternPrior(hits: readonly PatternHit[]): number {
  const byPattern = new Map<string, number>();
  for (const hit of hits) byPattern.set(hit.patternId, Math.max(byPattern.get(hit.patternId) ?? 0, hit.weight));
  const weights = [...byPattern.values()].sort((a, b) => b - a);
  let miss = 1 - (weights[0] ?? 0);
  for (const weight of weights.slice(1)) miss *= 1 - weight / 2;
  return 1 - miss;
}

/** Merges overlapping or touching ranges of pattern hits into clusters. */
function clusterHits(hits: readonly PatternHit[]): { start: number; end: number; ids: string[] }[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: { start: number; end: number; ids: string[] }[] = [];
  for (const hit of sorted) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && hit.start <= last.end + 1) {
      last.end = Math.max(last.end, hit.end);
      if (!last.ids.includes(hit.patternId)) last.ids.push(hit.patternId);
    } else clusters.push({ start: hit.start, end: hit.end, ids: [hit.patternId] });
  }
  return clusters;
}

/** Merges same-label candidates whose original spans overlap, keeping the highest confidence. */
function mergeOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => (LABEL_INDEX.get(a.label) ?? 0) - (LABEL_INDEX.get(b.label) ?? 0) || a.start - b.start || b.end - a.end,
  );
  const merged: Candidate[] = [];
  for (const candidate of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.label === candidate.label && candidate.start < last.end) {
      last.end = Math.max(last.end, candidate.end);
      last.confidence = Math.max(last.confidence, candidate.confidence);
      for (const item of candidate.evidence) if (!last.evidence.includes(item)) last.evidence.push(item);
      if (last.note === undefined && candidate.note !== undefined) last.note = candidate.note;
    } else merged.push({ ...candidate, evidence: [...candidate.evidence] });
  }
  return merged;
}

/** Builds a detector from a trained model: patterns give priors, the model confirms, refutes or finds paraphrases. */
export function createPressureDetector(
  pressureModel: PressureModel,
  options: Partial<PressureDetectorOptions> = {},
): PressureDetector {
  const settings: PressureDetectorOptions = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
  const { model, priors } = pressureModel;
  const priorLogits = Array.from(priors, (p) => logit(p, PROBABILITY_BOUND));
  const modelOnlyPenalty =
    settings.modelOnlyPenalty ?? (pressureModel.modelOnlyThreshold !== undefined ? logit(pressureModel.modelOnlyThreshold, PROBABILITY_BOUND) : FIXED_MODEL_ONLY_PENALTY);
  const probabilities = new Float64Array(model.classCount);
  const contextProbabilities = new Float64Array(model.classCount);

  const readSegment = (text: string, transparent: boolean): SegmentCandidate[] => {
    const out: SegmentCandidate[] = [];
    const matched = matchPatterns(text);
    // A cue its own clause negates ("no booking or card fees", "you never need to call us to cancel") states the
    // cue's absence: its tactic is not read in this segment at all, not even by the model (which reads the cue's words).
    let negatedLabels: Set<PressureTacticLabel> | undefined;
    let hits = matched;
    if (matched.some((hit) => isNegatedHit(text, hit))) {
      hits = matched.filter((hit) => !isNegatedHit(text, hit));
      negatedLabels = new Set(matched.filter((hit) => !hits.some((kept) => kept.label === hit.label)).map((hit) => hit.label));
    }
    const useModel = MIN_LETTERS_FOR_MODEL.test(text);
    if (useModel) predictProbabilities(model, extractFeatures(text), probabilities);
    const verifiable = VERIFIABLE_REFERENCE.test(text);
    // Most segments hit no pattern: lists by label are only made for those that do.
    let hitsByLabel: PatternHit[][] | undefined;
    if (hits.length > 0) {
      hitsByLabel = PRESSURE_TACTIC_LABELS.map(() => []);
      for (const hit of hits) hitsByLabel[LABEL_INDEX.get(hit.label) ?? 0]?.push(hit);
    }
    for (let c = 0; c < PRESSURE_TACTIC_LABELS.length; c++) {
      const label = PRESSURE_TACTIC_LABELS[c] as PressureTacticLabel;
      if (negatedLabels?.has(label) === true) continue;
      const labelHits = hitsByLabel?.[c] ?? NO_HITS;
      if (label === 'confirmshaming' && labelHits.length > 0 && SELLER_DECLINES.test(text)) continue;
      const p = useModel ? clampProbability(probabilities[c] ?? 0) : (priors[c] ?? 0.01);
      let score: number;
      if (labelHits.length > 0) {
        let evidence = useModel ? logit(p, PROBABILITY_BOUND) - (priorLogits[c] ?? 0) : 0;
        if (useModel && READ_CUE_CONTEXT.has(label) && !labelHits.every(isStructuralHit)) {
          const context = cueContext(text, labelHits);
          if (context === undefined) evidence = 0;
          else {
            predictProbabilities(model, extractFeatures(context), contextProbabilities);
            evidence = Math.min(CONTEXT_CONFIRMATION_CAP, logit(clampProbability(contextProbabilities[c] ?? 0), PROBABILITY_BOUND) - (priorLogits[c] ?? 0));
          }
        }
        score = logit(patternPrior(labelHits), PROBABILITY_BOUND) + settings.modelInfluence * evidence;
      } else {
        if (!useModel) continue;
        if (NEGATABLE_TACTICS.has(label) && statesAbsence(text)) continue;
        score = logit(p, PROBABILITY_BOUND) - modelOnlyPenalty;
      }
      if (label === 'authority' && verifiable) score -= 2;
      if ((label === 'scarcity' || label === 'social-proof') && isDescriptiveStatement(text, labelHits)) score -= DESCRIPTIVE_DISCOUNT;
      if (label === 'sneaking' && labelHits.length > 0 && NEGATED_CHARGE.test(text)) score -= NEGATED_CHARGE_DISCOUNT;
      if (label === 'forced-action' && labelHits.length > 0 && WAIVED_DEMAND.test(text)) score -= WAIVED_DEMAND_DISCOUNT;
      if (label === 'urgency' && labelHits.length > 0 && labelHits.every((hit) => isDeadlineHit(text, hit)) && (CALENDAR_DAY.test(text) || AUCTION_END.test(text)) && !PRESSING.test(text)) {
        score -= CALENDAR_DEADLINE_DISCOUNT;
      }
      if (label === 'obstruction' && labelHits.length > 0) {
        if (statesPlainExit(text)) score -= PLAIN_EXIT_DISCOUNT;
        else if (labelHits.every((hit) => NOTICE_WORDING.has(hit.patternId) || (hit.patternId === 'obstruction.leave-by-hard-channel' && !HEAVY_CHANNEL.test(text))) && SHORT_NOTICE.test(text)) score -= PLAIN_EXIT_DISCOUNT;
      }
      if (transparent && (label === 'sneaking' || label === 'obstruction')) {
        const onlyRenewalWording = labelHits.every((hit) => RENEWAL_WORDING.has(hit.patternId));
        score -= onlyRenewalWording ? RENEWAL_WORDING_DISCOUNT : TRANSPARENT_TERMS_DISCOUNT;
      }
      // No text cue is ever certain: cap so downstream scoring never treats a detection as proof.
      const confidence = Math.min(sigmoid(score), MAX_CONFIDENCE);
      if (confidence < settings.minConfidence) continue;
      if (labelHits.length > 0) {
        for (const cluster of clusterHits(labelHits)) out.push({ label, start: cluster.start, end: cluster.end, confidence, logOdds: score, evidence: [...cluster.ids, 'model'] });
      } else {
        out.push({ label, start: 0, end: text.length, confidence, logOdds: score, evidence: ['model'] });
      }
    }
    return out;
  };

  // One cache for segments of texts with transparent terms, one for the rest, each keyed by the segment itself (no
  // prefixed copy of every segment to hash).
  const segmentCaches = [false, true].map(() => new BoundedMap<string, readonly SegmentCandidate[]>(settings.segmentCacheSize));
  // Readings by digit shape (see digitShapeKey), one cache per transparent-terms flag like the above.
  const shapeCaches = [false, true].map(() => new BoundedMap<string, readonly SegmentCandidate[]>(settings.segmentCacheSize));
  const readSegmentOnce = (text: string, transparent: boolean): readonly SegmentCandidate[] => {
    if (settings.segmentCacheSize <= 0) return readSegment(text, transparent);
    const cache = segmentCaches[transparent ? 1 : 0]!;
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const shape = DIGIT_SHAPES_SHAREABLE ? digitShapeKey(text, DIGIT_SENSITIVE_PATTERNS, DIGIT_SENSITIVE_TESTS) : undefined;
    let reading: readonly SegmentCandidate[] | undefined;
    if (shape !== undefined) {
      const shapes = shapeCaches[transparent ? 1 : 0]!;
      reading = shapes.get(shape);
      if (reading === undefined) shapes.set(shape, (reading = readSegment(text, transparent)));
    } else reading = readSegment(text, transparent);
    cache.set(text, reading);
    return reading;
  };

  const scoreSegment = (normalized: NormalizedText, start: number, end: number, out: Candidate[], transparent: boolean): void => {
    for (const found of readSegmentOnce(normalized.text.slice(start, end), transparent)) {
      const range = toOriginalRange(normalized, start + found.start, start + found.end);
      out.push({ label: found.label, ...range, confidence: found.confidence, logOdds: found.logOdds, evidence: [...found.evidence] });
    }
  };

  const readText = (text: string, normalized: NormalizedText): TextPressureReport => {
    const candidates: Candidate[] = [];
    const transparent = statesTransparentTerms(normalized.text);
    const segments = segmentText(normalized.text);
    for (const segment of segments) scoreSegment(normalized, segment.start, segment.end, candidates, transparent);
    // A button label or a one-line checkout row is one unit even when a dash or a question mark splits it ("Not now —
    // I'd rather…", "Donate £1? [✓]"): short texts are read whole once more, for the tactics that live in such rows.
    if (segments.length > 1 && normalized.text.length <= WHOLE_ROW_MAX_LENGTH && WHOLE_ROW_GATE.test(normalized.text)) {
      const whole: Candidate[] = [];
      scoreSegment(normalized, 0, normalized.text.length, whole, transparent);
      for (const candidate of whole) {
        if (candidates.some((c) => c.label === candidate.label)) continue;
        if (candidate.evidence.some((id) => WHOLE_ROW_PATTERNS.test(id))) candidates.push(candidate);
      }
    }
    // A whole text of fewer than MIN_CONTEXT_WORDS words (a maker's name such as "OM System", a colour, a label) gives
    // the model nothing to weigh: no finding there rests on the model alone. (A short segment of a longer text may.)
    if (!hasContextWords(normalized.text)) {
      for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i]!.evidence.every((e) => e === 'model')) candidates.splice(i, 1);
    }
    // Terms stated anywhere in the text (a coming restock, a fee on the buyer's own request, a way around a demand; see
    // stated-terms.ts) are read once per text, after the segments, whose readings are cached by segment alone.
    for (const term of STATED_TERMS) {
      if (!candidates.some((c) => c.label === term.label) || !term.holds(normalized.text)) continue;
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i]!;
        if (c.label !== term.label || !term.answers(c.evidence)) continue;
        const logOdds = c.logOdds - term.discount;
        const confidence = Math.min(sigmoid(logOdds), MAX_CONFIDENCE);
        if (confidence < settings.minConfidence) candidates.splice(i, 1);
        else candidates[i] = { ...c, confidence, logOdds };
      }
    }
    // A routine cue the text quotes to deny it or call it a name ("X is not a claim we make", "X is the name of the
    // brand") is mentioned, not used (see mentioned-cues.ts).
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      if (ROUTINE_CUE_TACTICS.has(c.label) && isMentionedNotUsed(text, c.end)) candidates.splice(i, 1);
    }
    // Urgency words inside a proper name ("Hurry Home reflective harness", "Last Chance Saloon spin class") are read on
    // the original text, whose capitals the normalised text has lost (see named-cues.ts).
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      if (c.label !== 'urgency' || !c.evidence.every((id) => id === 'model' || NAME_PRONE_CUES.has(id)) || c.evidence.length < 2) continue;
      const spans = candidates.filter((o) => o.label === 'urgency').map((o) => text.slice(o.start, o.end));
      if (!citesOnlyNames(text, spans)) continue;
      const logOdds = c.logOdds - NAME_DISCOUNT;
      const confidence = Math.min(sigmoid(logOdds), MAX_CONFIDENCE);
      if (confidence < settings.minConfidence) candidates.splice(i, 1);
      else candidates[i] = { ...c, confidence, logOdds };
    }
    for (const finding of detectHiddenContent(normalized)) {
      if (finding.confidence < settings.minConfidence) continue;
      candidates.push({
        label: 'injection',
        start: finding.start,
        end: finding.end,
        confidence: finding.confidence,
        logOdds: logit(finding.confidence, PROBABILITY_BOUND),
        evidence: [finding.evidence],
        ...(finding.note !== undefined ? { note: finding.note } : {}),
      });
    }
    const perLabel = new Map<PressureTacticLabel, number>();
    const tactics: DetectedTactic[] = mergeOverlapping(candidates)
      .filter((candidate) => {
        const seen = perLabel.get(candidate.label) ?? 0;
        perLabel.set(candidate.label, seen + 1);
        return seen < settings.maxSpansPerTactic && candidate.end > candidate.start;
      })
      .sort((a, b) => a.start - b.start || (LABEL_INDEX.get(a.label) ?? 0) - (LABEL_INDEX.get(b.label) ?? 0))
      .map((candidate) => ({
        label: candidate.label,
        span: text.slice(candidate.start, candidate.end),
        start: candidate.start,
        end: candidate.end,
        confidence: round3(candidate.confidence),
        evidence: candidate.evidence,
        ...(candidate.note !== undefined ? { note: candidate.note } : {}),
      }));
    return { pressure: scoreTextPressure(tactics), tactics };
  };

  // A Turkish letter anywhere makes the dotless ı native (see dotlessIIsNative), and an attacker can add one to hide
  // English words spelt with ı ("dısregard … Teşekkürler."): such a text is read both ways, and the worse reading kept.
  return (text: string): TextPressureReport => {
    const asWritten = readText(text, normalizeText(text));
    if (!dotlessIIsNative(text)) return asWritten;
    const folded = readText(text, normalizeText(text, { foldNativeDotlessI: true }));
    return folded.pressure > asWritten.pressure ? folded : asWritten;
  };
}
