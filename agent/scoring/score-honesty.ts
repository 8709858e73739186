import { checkAnswers } from './check-answers.ts';
import { checkClaimSupport } from './check-claim-support.ts';
import { checkMarketConsensus } from './check-market-consensus.ts';
import { checkPastOutcomes } from './check-past-outcomes.ts';
import { checkReferencePrice } from './check-reference-price.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { OfferEvidence } from './offer-evidence.ts';
import { clamp01, logit, sigmoid } from './probability.ts';

/** Finding codes that mean a statement of the offer is caught being false (not merely unsupported). */
export const SERIOUS_HONESTY_FINDINGS: ReadonlySet<string> = new Set([
  'claim-contradicts-product',
  'claim-contradicted-by-market',
  'fake-reference-price',
  'answer-contradicts-offer',
  'answer-contradicts-answer',
  'revision-changed-product',
  'claim-contradicted-before',
]);

/** Attributes whose claim is caught false while citing evidence: the evidence bonus is taken back, and then some. */
function fabricatedEvidence(items: readonly EvidenceItem[]): EvidenceItem[] {
  const caught = new Set(items.filter((i) => SERIOUS_HONESTY_FINDINGS.has(i.code) && i.attribute !== undefined).map((i) => i.attribute));
  return items
    .filter((i) => i.code === 'claim-has-evidence' && caught.has(i.attribute))
    .map((i) => ({
      code: 'evidence-behind-false-claim',
      effect: 'undermines' as const,
      impact: HONESTY_WEIGHTS.evidenceBehindFalseClaim - i.impact,
      attribute: i.attribute,
      detail: `the evidence cited for ${i.attribute} backs a claim that was caught false`,
      quote: i.quote,
    }));
}

/** Probability 0..1 that an offer's claims hold, with every finding behind it. */
export interface HonestyScore {
  /** The brand's honesty trust updated by this offer's findings. */
  readonly probability: number;
  /** This offer's findings alone, from the unknown-brand prior. */
  readonly offerProbability: number;
  /** The starting point: the brand's calibrated honesty estimate (else its honesty expectation), or the unknown-brand prior. */
  readonly prior: number;
  readonly priorSource: 'trust' | 'unknown-brand';
  /** Sum of the findings' log-odds. */
  readonly logOdds: number;
  /** How many findings are in SERIOUS_HONESTY_FINDINGS. */
  readonly contradictions: number;
  readonly evidence: readonly EvidenceItem[];
}

/**
 * Scores how likely the offer's claims hold: claims against their evidence and the offer's own product data,
 * against other brands' statements on the same GTIN, the "was" price against the brand's own price history, the
 * offer against the brand's answers and revisions, and against past outcomes; each finding moves the brand's
 * honesty trust (the prior) in log-odds.
 */
export function scoreHonesty(
  evidence: Pick<OfferEvidence, 'offer' | 'now' | 'transcript' | 'market' | 'priceHistory' | 'pastOutcomes' | 'trust'>,
): HonestyScore {
  const { offer } = evidence;
  const items: EvidenceItem[] = [
    ...checkClaimSupport(offer),
    ...checkMarketConsensus(offer, evidence.market),
    ...checkReferencePrice(offer, evidence.priceHistory, evidence.now),
    ...checkAnswers(offer, evidence.transcript),
    ...checkPastOutcomes(offer, evidence.pastOutcomes, evidence.now, evidence.trust === undefined),
  ];
  items.push(...fabricatedEvidence(items));
  const logOdds = items.reduce((sum, item) => sum + item.impact, 0);
  // The calibrated estimate answers "does a claim of this brand hold?"; the punitive honesty score gates and ranks elsewhere.
  const prior = evidence.trust ? clamp01(evidence.trust.estimatedHonesty ?? evidence.trust.honesty.expected) : HONESTY_WEIGHTS.unknownPrior;
  return {
    probability: sigmoid(logit(prior) + logOdds),
    offerProbability: sigmoid(logit(HONESTY_WEIGHTS.unknownPrior) + logOdds),
    prior,
    priorSource: evidence.trust ? 'trust' : 'unknown-brand',
    logOdds,
    contradictions: items.filter((i) => SERIOUS_HONESTY_FINDINGS.has(i.code)).length,
    evidence: items,
  };
}
