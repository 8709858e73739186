import { SERIOUS_HONESTY_FINDINGS, type OfferScores, type PressureTactic, type Quote } from '../scoring/index.ts';
import { attributeLabelIn, type Language } from '../language/index.ts';
import { EXPLANATION_MESSAGES, type ExplanationMessages } from './explanation-messages.ts';
import type { ExclusionReason } from './rank-offers.ts';

/** One thing the person should know about an offer, as a short phrase in the butler's words. */
export interface OfferFlag {
  readonly source: 'pressure' | 'honesty' | 'exclusion';
  /** The tactic label, honesty finding code or exclusion code. */
  readonly code: string;
  /** Plain-language phrase, e.g. "a fake 10-minute deadline". */
  readonly phrase: string;
  /** The brand text it rests on, marked as a quote. */
  readonly quote?: Quote | undefined;
}

/** A tactic at least this strong (weight × confidence) is worth telling the person about. */
export const FLAG_MIN_STRENGTH = 0.15;

function tacticPhrase(t: PressureTactic, m: ExplanationMessages): string {
  switch (t.label) {
    case 'short-validity': {
      const minutes = t.data?.validMinutes;
      return typeof minutes === 'number' && minutes > 0 ? m.fakeDeadline(minutes) : m.expiredOnArrival;
    }
    case 'ignores-constraints':
      return m.ignoresConstraints;
    case 'upsell':
      return m.upsell;
    case 'repitch-after-decline':
      return m.repitch;
    case 'evasive-answer':
      return m.evasive;
    case 'budget-probe':
      return m.budgetProbe;
    case 'identity-probe':
      return m.identityProbe;
    default:
      return Object.hasOwn(m.textTactics, t.label) ? m.textTactics[t.label as keyof ExplanationMessages['textTactics']] : m.otherTactic(t.label);
  }
}

/** Findings about one claim (not convictions of the brand) that are still worth telling the person. */
const FLAGGED_CLAIM_DOUBTS: ReadonlySet<string> = new Set(['claim-disputed-by-market', 'claim-contradicted-before', 'title-contradicts-offer']);

function honestyPhrase(code: string, attribute: string | undefined, m: ExplanationMessages, name: AttributeNamer): string {
  const about = attribute ? m.about(name(attribute)) : '';
  switch (code) {
    case 'fake-reference-price':
      return m.fakeReferencePrice;
    case 'claim-disputed-by-market':
      return m.disputedClaim(about);
    case 'claim-contradicted-before':
      return m.untrueBefore(about);
    case 'claim-contradicts-product':
      return m.contradictsProduct(about);
    case 'title-contradicts-offer':
      return m.contradictsTitle(about);
    case 'answer-contradicts-offer':
      return m.answersContradictOffer(about);
    case 'answer-contradicts-answer':
      return m.contradictoryAnswers(about);
    case 'revision-changed-product':
      return m.changedProduct(about);
    default:
      return m.untrueBefore(about);
  }
}

function exclusionPhrase(reason: ExclusionReason, m: ExplanationMessages, name: AttributeNamer): string {
  switch (reason.code) {
    case 'over-budget':
      return m.overBudget;
    case 'missed-deadline':
      return m.tooLate;
    case 'expired':
      return m.expired;
    case 'policy':
      return policyPhrase(reason, m);
    case 'below-honesty-floor':
      return m.belowFloor;
    case 'caught-before':
      return m.caughtBefore;
    case 'no-surplus':
      return m.notWorthIt;
    case 'injection':
      return m.givesOrders;
    default:
      return reason.attribute ? m.notTheAttribute(name(reason.attribute)) : m.notWhatAsked;
  }
}

/** Names the person's rule an offer breaks (older reasons without a rule read "against your rules"). */
export function policyPhrase(reason: ExclusionReason, m: ExplanationMessages): string {
  switch (reason.rule) {
    case 'banned-brand':
      return m.bannedBrand;
    case 'per-order-cap':
      return m.overOrderCap;
    case 'monthly-cap':
      return m.overMonthlyCap;
    case 'currency':
      return m.otherCurrency;
    case 'value':
      return reason.value === undefined ? m.againstRules : m.againstValue(reason.value);
    default:
      return reason.detail.startsWith('banned-brand') ? m.bannedBrand : m.againstRules;
  }
}

/** Adds a flag unless one with the same phrase is already there. */
function addFlag(flags: OfferFlag[], seen: Set<string>, flag: OfferFlag): void {
  if (seen.has(flag.phrase)) return;
  seen.add(flag.phrase);
  flags.push(flag);
}

/** How a flag names the attribute it is about (Majordome's words only; see `attributeLabelIn`). */
export type AttributeNamer = (attribute: string) => string;

/**
 * The flags worth telling the person about one offer, in their language (default English): exclusions, serious honesty
 * findings, then pressure tactics; one per phrase. Attributes are named by `name`, by default `attributeLabelIn` (never
 * by a label a brand declared).
 */
export function describeFlags(scores: OfferScores, exclusions: readonly ExclusionReason[] = [], language: Language = 'en', name?: AttributeNamer): OfferFlag[] {
  const m = EXPLANATION_MESSAGES[language];
  const named: AttributeNamer = name ?? ((attribute) => attributeLabelIn(attribute, language));
  const flags: OfferFlag[] = [];
  const seen = new Set<string>();
  for (const reason of exclusions) addFlag(flags, seen, { source: 'exclusion', code: reason.code, phrase: exclusionPhrase(reason, m, named), quote: reason.quote });
  for (const item of scores.honesty.evidence) {
    // The brand's own statements caught false, plus what lowers confidence in one claim (disputes by established
    // sellers, the same claim failing past buyers): the person should hear of both, only the first convicts.
    if (SERIOUS_HONESTY_FINDINGS.has(item.code) || FLAGGED_CLAIM_DOUBTS.has(item.code)) addFlag(flags, seen, { source: 'honesty', code: item.code, phrase: honestyPhrase(item.code, item.attribute, m, named), quote: item.quote });
  }
  const tactics = [...scores.pressure.tactics].filter((t) => t.strength >= FLAG_MIN_STRENGTH).sort((a, b) => b.strength - a.strength);
  // An injection exclusion already says it, with the quote: the same finding is not repeated as a pressure flag.
  const injectionExcluded = exclusions.some((r) => r.code === 'injection');
  for (const t of tactics) if (!(injectionExcluded && t.label === 'injection')) addFlag(flags, seen, { source: 'pressure', code: t.label, phrase: tacticPhrase(t, m), quote: t.quote });
  return flags;
}
