import type { FindingRecord } from '../trust/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';

/**
 * Findings whose weight the person's own deliveries may move, with the hand-set weight each starts from (its prior):
 * the per-offer signals that convict nobody (not in SERIOUS_HONESTY_FINDINGS, so never written to the ledger) and
 * whose hand-set weight is a judgement about shops in general, not a proof. A "was" price nobody can check means
 * little where honest shops show real ones, and much where only liars show any: the person's deliveries tell which
 * market they shop in. A "was" price (the seller's own past price) and an RRP (the maker's) are different statements,
 * learned apart: honest shops quoting the maker's price never pay for liars' invented "was" prices, nor the reverse.
 */
export const LEARNABLE_FINDINGS: ReadonlyMap<string, number> = new Map([
  ['reference-price-unverifiable', HONESTY_WEIGHTS.unverifiableReferencePrice],
  ['rrp-unverifiable', HONESTY_WEIGHTS.unverifiableReferencePrice],
  ['title-contradicts-offer', HONESTY_WEIGHTS.titleContradictsOffer],
]);

/**
 * Pseudo-deliveries the hand-set weight counts for, on each side (need met, need missed). Two: on the missed side,
 * where the prior puts the finding's rate at 1/2, that is the uniform Beta(1, 1), the weakest prior that still states
 * a rate; the met side gets the same count, its rate set by the hand-set likelihood ratio. The one knob, chosen on
 * this principle, not tuned.
 */
export const FINDING_PRIOR_DELIVERIES = 2;

/** A finding's weight as the person's deliveries have shown it, with the counts behind it. */
export interface LearnedFindingWeight {
  /** Log-odds the finding adds (≤ 0: a finding that undermines never becomes a reason to trust). */
  readonly weight: number;
  readonly prior: number;
  /** Deliveries that missed the need whose offer showed the finding, of all that missed it. */
  readonly missedWith: number;
  readonly missed: number;
  /** Deliveries that met the need whose offer showed the finding, of all that met it. */
  readonly metWith: number;
  readonly met: number;
}

/**
 * The log-likelihood ratio of the finding between deliveries that met the person's need and deliveries that missed
 * it, each rate a Beta posterior mean with the hand-set weight as its prior: P(finding | missed) starts at 1/2,
 * P(finding | met) at e^prior / 2, each worth `FINDING_PRIOR_DELIVERIES` deliveries. With no delivery on record it
 * is the hand-set weight exactly; it never rises above 0 and never applies to a finding with a non-negative weight.
 * Undefined for a finding that is not learnable.
 */
export function learnedFindingWeight(code: string, record: FindingRecord | undefined): LearnedFindingWeight | undefined {
  const prior = LEARNABLE_FINDINGS.get(code);
  if (prior === undefined || !(prior < 0)) return undefined;
  const counts = record?.byCode.get(code);
  const missedWith = counts?.missed ?? 0;
  const metWith = counts?.met ?? 0;
  const missed = record?.missed ?? 0;
  const met = record?.met ?? 0;
  const m = FINDING_PRIOR_DELIVERIES;
  const givenMissed = (missedWith + m / 2) / (missed + m);
  const givenMet = (metWith + (m * Math.exp(prior)) / 2) / (met + m);
  return { weight: Math.min(0, Math.log(givenMet / givenMissed)), prior, missedWith, missed, metWith, met };
}

/**
 * The findings with their learned weights: each learnable finding's impact scaled from its hand-set weight to the
 * learned one, its counts in `data` and its sentence saying so when the two differ by 0.05 log-odds or more. Items
 * that are not learnable, and every item when there is no record, are returned as they are.
 */
export function applyLearnedWeights(items: readonly EvidenceItem[], record: FindingRecord | undefined): EvidenceItem[] {
  if (record === undefined || (record.met === 0 && record.missed === 0)) return [...items];
  return items.map((item) => {
    const learned = learnedFindingWeight(item.code, record);
    if (learned === undefined || Math.abs(learned.weight - learned.prior) < 0.05) return item;
    const impact = item.impact * (learned.weight / learned.prior);
    return {
      ...item,
      impact,
      detail: `${item.detail}; ${learnedFindingSentence(learned)}`,
      data: { ...item.data, learnedWeight: round2(learned.weight), priorWeight: learned.prior, missedWith: learned.missedWith, missed: learned.missed, metWith: learned.metWith, met: learned.met },
    };
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** "this finding came with 9 of your 10 deliveries that missed your need and 0 of your 12 that met it: weighed …" (English; agent/decision `learnedFinding` in other languages). */
export function learnedFindingSentence(l: Pick<LearnedFindingWeight, 'weight' | 'prior' | 'missedWith' | 'missed' | 'metWith' | 'met'>): string {
  return `this finding came with ${l.missedWith} of your ${l.missed} deliveries that missed your need and ${l.metWith} of your ${l.met} that met it: weighed ${l.weight.toFixed(2)} log-odds instead of ${l.prior.toFixed(2)}`;
}
