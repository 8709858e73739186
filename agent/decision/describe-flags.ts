import { SERIOUS_HONESTY_FINDINGS, type OfferScores, type PressureTactic, type Quote } from '../scoring/index.ts';
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

const TEXT_PHRASES: Readonly<Record<string, string>> = {
  urgency: 'urgency pressure',
  scarcity: 'scarcity claims',
  'social-proof': 'unverifiable popularity claims',
  confirmshaming: 'guilt-tripping',
  flattery: 'flattery',
  fear: 'fear tactics',
  authority: 'unverifiable authority claims',
  injection: 'instructions aimed at your AI',
  misdirection: 'misleading wording',
  sneaking: 'sneaked-in costs',
};

function tacticPhrase(t: PressureTactic): string {
  switch (t.label) {
    case 'short-validity': {
      const minutes = t.data?.validMinutes;
      return typeof minutes === 'number' && minutes > 0 ? `a fake ${minutes}-minute deadline` : 'an offer already expired on arrival';
    }
    case 'ignores-constraints':
      return 'ignoring your stated requirements';
    case 'upsell':
      return 'an upsell';
    case 'repitch-after-decline':
      return 'pitching again after a no';
    case 'evasive-answer':
      return 'evasive answers';
    case 'budget-probe':
      return 'asking for your budget';
    case 'identity-probe':
      return 'asking who you are';
    default:
      return TEXT_PHRASES[t.label] ?? `${t.label} tactics`;
  }
}

/** Findings about one claim (not convictions of the brand) that are still worth telling the person. */
const FLAGGED_CLAIM_DOUBTS: ReadonlySet<string> = new Set(['claim-disputed-by-market', 'claim-contradicted-before']);

function honestyPhrase(code: string, attribute: string | undefined): string {
  const about = attribute ? ` (${attribute.replace(/_/g, ' ')})` : '';
  switch (code) {
    case 'fake-reference-price':
      return 'a fake "was" price';
    case 'claim-disputed-by-market':
      return `a claim sellers you know dispute${about}`;
    case 'claim-contradicted-before':
      return `a claim past buyers found untrue${about}`;
    case 'claim-contradicts-product':
      return `a claim its own product data contradicts${about}`;
    case 'answer-contradicts-offer':
      return `answers contradicting its offer${about}`;
    case 'answer-contradicts-answer':
      return `contradictory answers${about}`;
    case 'revision-changed-product':
      return `changing the product mid-negotiation${about}`;
    default:
      return `a claim past buyers found untrue${about}`;
  }
}

function exclusionPhrase(reason: ExclusionReason): string {
  switch (reason.code) {
    case 'over-budget':
      return 'over your budget';
    case 'missed-deadline':
      return 'too late for your deadline';
    case 'policy':
      return reason.detail.startsWith('banned-brand') ? 'a brand you banned' : "against your rules";
    case 'below-honesty-floor':
      return 'honesty trust below your floor';
    case 'no-surplus':
      return 'not worth its price to you';
    case 'injection':
      return 'tries to give orders to your butler';
    default:
      return reason.attribute ? `not the ${reason.attribute.replace(/_/g, ' ')} you need` : 'not what you asked for';
  }
}

/** The flags worth telling the person about one offer: exclusions, serious honesty findings, then pressure tactics; one per phrase. */
export function describeFlags(scores: OfferScores, exclusions: readonly ExclusionReason[] = []): OfferFlag[] {
  const flags: OfferFlag[] = [];
  const seen = new Set<string>();
  const add = (flag: OfferFlag) => {
    if (seen.has(flag.phrase)) return;
    seen.add(flag.phrase);
    flags.push(flag);
  };
  for (const reason of exclusions) add({ source: 'exclusion', code: reason.code, phrase: exclusionPhrase(reason), quote: reason.quote });
  for (const item of scores.honesty.evidence) {
    // The brand's own statements caught false, plus what lowers confidence in one claim (disputes by established
    // sellers, the same claim failing past buyers): the person should hear of both, only the first convicts.
    if (SERIOUS_HONESTY_FINDINGS.has(item.code) || FLAGGED_CLAIM_DOUBTS.has(item.code)) add({ source: 'honesty', code: item.code, phrase: honestyPhrase(item.code, item.attribute), quote: item.quote });
  }
  const tactics = [...scores.pressure.tactics].filter((t) => t.strength >= FLAG_MIN_STRENGTH).sort((a, b) => b.strength - a.strength);
  // An injection exclusion already says it, with the quote: the same finding is not repeated as a pressure flag.
  const injectionExcluded = exclusions.some((r) => r.code === 'injection');
  for (const t of tactics) if (!(injectionExcluded && t.label === 'injection')) add({ source: 'pressure', code: t.label, phrase: tacticPhrase(t), quote: t.quote });
  return flags;
}
