import { toMajorUnits, type Offer } from '../../protocol/index.ts';
import { failuresSpareNeedAt } from '../trust/index.ts';
import { checkAnswers } from './check-answers.ts';
import { checkClaimSupport } from './check-claim-support.ts';
import { checkMarketConsensus } from './check-market-consensus.ts';
import { marketScales } from './score-fit.ts';
import { checkPastOutcomes } from './check-past-outcomes.ts';
import { checkReferencePrice } from './check-reference-price.ts';
import { checkTitle } from './check-title.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import { applyLearnedWeights } from './learned-finding-weight.ts';
import { offerNeedHolds } from './need-holds.ts';
import type { OfferEvidence } from './offer-evidence.ts';
import { clamp01, logit, sigmoid } from './probability.ts';

/**
 * Finding codes that catch the brand's OWN statements being false (its answers against its offer, its claims
 * against its own product data, its "was" price against its own price history): the only findings that convict, and
 * the only ones written to the trust ledger. Market disagreement and past outcomes are not here: the first is about
 * a claim, not the brand; the second is already in the ledger.
 */
export const SERIOUS_HONESTY_FINDINGS: ReadonlySet<string> = new Set([
  'claim-contradicts-product',
  'fake-reference-price',
  'answer-contradicts-offer',
  'answer-contradicts-answer',
  'revision-changed-product',
]);

/**
 * Codes of a check that examined one of the brand's own statements and found it true: the passing side of
 * SERIOUS_HONESTY_FINDINGS (a "was" price it did charge, answers that confirm the offer).
 */
const PASSED_STATEMENT_CHECKS: ReadonlySet<string> = new Set(['reference-price-consistent', 'answers-confirm-offer']);

/**
 * Whether any of an offer's own statements went through a check that could have caught it false (those behind
 * SERIOUS_HONESTY_FINDINGS): a claim its own product data also states, a "was" price checked against its price history,
 * an answer checked against the offer, or one of those checks caught something. An offer that says nothing checkable
 * (no claim its product data states, no reference price, no answer) was not checked, so its request is no clean check
 * of the brand's honesty: it must not forgive an earlier false statement (`calibration.forgiveHalfLifeChecks`).
 */
export function statementsChecked(offer: Pick<Offer, 'claims' | 'product'>, evidence: readonly EvidenceItem[]): boolean {
  if (evidence.some((i) => SERIOUS_HONESTY_FINDINGS.has(i.code) || PASSED_STATEMENT_CHECKS.has(i.code))) return true;
  return (offer.claims ?? []).some((c) => (c.attribute === 'maker' ? offer.product.maker : offer.product.attributes?.[c.attribute]) !== undefined);
}

/** Evidence cited behind a claim, checkable or not: citing either for a claim caught false is fabricating it. */
const CITED_EVIDENCE = new Set(['claim-has-evidence', 'claim-evidence-uncheckable']);

/**
 * Attributes whose claim is caught false while citing evidence: the evidence bonus is taken back, and then some. Junk
 * evidence ("1" from "x") is cited evidence too: a lie dressed in it must not score better than one dressed in a
 * plausible certificate (review40c).
 */
function fabricatedEvidence(items: readonly EvidenceItem[]): EvidenceItem[] {
  // Most offers cite no evidence: nothing to take back.
  if (!items.some((i) => CITED_EVIDENCE.has(i.code))) return [];
  const caught = new Set(items.filter((i) => SERIOUS_HONESTY_FINDINGS.has(i.code) && i.attribute !== undefined).map((i) => i.attribute));
  return items
    .filter((i) => CITED_EVIDENCE.has(i.code) && caught.has(i.attribute))
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
  /** Probability this offer is what it claims: the brand's calibrated honesty updated by this offer's findings. */
  readonly probability: number;
  /** This offer's findings alone, from the unknown-brand prior. */
  readonly offerProbability: number;
  /** The starting point: the brand's calibrated honesty estimate, or for a stranger the newcomer prior capped by the market's mean (`strangerHonesty`). */
  readonly prior: number;
  readonly priorSource: 'trust' | 'unknown-brand';
  /** Sum of the findings' log-odds. */
  readonly logOdds: number;
  /**
   * Probability that what arrives meets the need's hard constraints (`offerNeedHolds`): `probability`, plus its
   * complement times the share of the brand's failures that spared the need (none when this offer has findings against
   * its hard-constraint claims).
   */
  readonly needHolds: number;
  /** Sum of the log-odds of the findings against claims about the need's hard-constraint attributes (≤ 0). */
  readonly hardLogOdds: number;
  /** The share of the brand's failures that spared the need, read at this offer's stake (`failuresSpareNeedAt`; for a stranger, the known sellers' pooled record). */
  readonly failuresSpareNeed: number;
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
  evidence: Pick<OfferEvidence, 'offer' | 'now' | 'transcript' | 'market' | 'priceHistory' | 'priceSummaries' | 'pastOutcomes' | 'trust' | 'strangerHonesty' | 'strangerNeedRecord' | 'attributes' | 'findingRecord'> & { readonly need?: OfferEvidence['need'] | undefined },
): HonestyScore {
  const { offer } = evidence;
  const found: EvidenceItem[] = [
    ...checkClaimSupport(offer),
    ...checkTitle(offer, evidence.attributes, evidence.need),
    ...checkMarketConsensus(offer, evidence.market, evidence.now, evidence.need, evidence.need === undefined ? [] : marketScales({ need: evidence.need, now: evidence.now, market: evidence.market })),
    ...checkReferencePrice(offer, evidence.priceHistory, evidence.now, evidence.priceSummaries),
    ...checkAnswers(offer, evidence.transcript),
    ...checkPastOutcomes(offer, evidence.pastOutcomes, evidence.now, evidence.trust === undefined),
  ];
  found.push(...fabricatedEvidence(found));
  // The learnable findings weighed by what the person's deliveries showed them to predict: this offer's probability
  // only. The part read against the need's hard constraints (which the recommendation floor reads) keeps the hand-set
  // weights, so a learned weight never moves a brand across the floor.
  const items = applyLearnedWeights(found, evidence.findingRecord);
  const logOdds = items.reduce((sum, item) => sum + item.impact, 0);
  // One honesty estimate, applied once: the brand's calibrated probability that its offers are what they claim.
  const prior = evidence.trust
    ? clamp01(evidence.trust.estimatedHonesty)
    : Math.min(HONESTY_WEIGHTS.unknownPrior, clamp01(evidence.strangerHonesty ?? HONESTY_WEIGHTS.unknownPrior));
  const probability = sigmoid(logit(prior) + logOdds);
  const required = new Set((evidence.need?.hardConstraints ?? []).map((c) => c.attribute));
  const hardLogOdds = found.reduce((sum, item) => (item.impact < 0 && item.attribute !== undefined && required.has(item.attribute) ? sum + item.impact : sum), 0);
  const failuresSpareNeed = failuresSpareNeedAt(evidence.trust ? evidence.trust.needRecord : evidence.strangerNeedRecord, toMajorUnits(offer.price));
  return {
    probability,
    needHolds: offerNeedHolds(probability, failuresSpareNeed, hardLogOdds),
    hardLogOdds,
    failuresSpareNeed,
    offerProbability: sigmoid(logit(HONESTY_WEIGHTS.unknownPrior) + logOdds),
    prior,
    priorSource: evidence.trust ? 'trust' : 'unknown-brand',
    logOdds,
    contradictions: items.filter((i) => SERIOUS_HONESTY_FINDINGS.has(i.code)).length,
    evidence: items,
  };
}

/**
 * The score of an offer whose brand's statements this very request checked and caught nothing false: the same findings
 * on the brand's honesty after that clean check (`BrandTrustView.honestyAfterCleanCheck`: its earlier false statements
 * forgiven once, as recording the request will do). The evidence is in hand, so the decision uses it now rather than
 * from the next request on. Unchanged for a stranger or a brand with nothing to forgive.
 */
export function afterCleanCheck(score: HonestyScore, trust: OfferEvidence['trust']): HonestyScore {
  const after = trust?.honestyAfterCleanCheck;
  if (score.priorSource !== 'trust' || after === undefined || !(after > score.prior)) return score;
  const prior = clamp01(after);
  const probability = sigmoid(logit(prior) + score.logOdds);
  return { ...score, prior, probability, needHolds: offerNeedHolds(probability, score.failuresSpareNeed, score.hardLogOdds) };
}
