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

/** How many sellers of the market in hand make the statement behind a finding, of how many (`marketStatementShare`). */
export interface MarketStatementShare {
  readonly making: number;
  readonly parties: number;
}

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
  /** The market in hand's share that bounded the prior rates, when it did (`rareFindingRates`). */
  readonly market?: MarketStatementShare | undefined;
}

/**
 * The prior rates of a finding among offers that meet the need and among those that miss it, before the person's
 * deliveries: 1/2 among misses (the uniform Beta(1, 1)) and e^prior / 2 among the rest, unless the market in hand
 * shows the statement behind the finding to be rarer than that. Of the sellers in hand a share `honest` is expected to
 * be as described (the newcomer prior) and the rest not, so if a share q of them make the statement, it can be on at
 * most q / honest of the first kind and q / (1 − honest) of the second: a statement only a few sellers make cannot be
 * common among honest ones (a "was" price every honest shop shows is no sign of a liar; one that one seller in eight
 * shows is). Each rate is the lower of the two, and the bound is taken only where it strengthens the hand-set prior,
 * never past log(1 − honest) − log(honest): a rare statement takes an offer back to a coin flip at most. No parameter:
 * `honest` is the trust model's newcomer prior.
 */
export function rareFindingRates(prior: number, market: MarketStatementShare | undefined): { readonly met: number; readonly missed: number; readonly bounded: boolean } {
  const met = Math.exp(prior) / 2;
  const missed = 1 / 2;
  if (market === undefined || !(market.parties > 0)) return { met, missed, bounded: false };
  const q = Math.min(1, market.making / market.parties);
  const honest = HONESTY_WEIGHTS.unknownPrior;
  const boundedMet = Math.min(met, q / honest);
  const boundedMissed = Math.min(missed, q / (1 - honest));
  if (!(Math.log(boundedMet / boundedMissed) < prior)) return { met, missed, bounded: false };
  return { met: boundedMet, missed: boundedMissed, bounded: true };
}

/**
 * The log-likelihood ratio of the finding between deliveries that met the person's need and deliveries that missed
 * it, each rate a Beta posterior mean with the prior rates of `rareFindingRates` (the hand-set weight, bounded by how
 * rare the finding's statement is in the market in hand), each worth `FINDING_PRIOR_DELIVERIES` deliveries. With no
 * delivery on record and no market it is the hand-set weight exactly; it never rises above 0 and never applies to a
 * finding with a non-negative weight. Undefined for a finding that is not learnable.
 */
export function learnedFindingWeight(code: string, record: FindingRecord | undefined, market?: MarketStatementShare): LearnedFindingWeight | undefined {
  const prior = LEARNABLE_FINDINGS.get(code);
  if (prior === undefined || !(prior < 0)) return undefined;
  const counts = record?.byCode.get(code);
  const missedWith = counts?.missed ?? 0;
  const metWith = counts?.met ?? 0;
  const missed = record?.missed ?? 0;
  const met = record?.met ?? 0;
  const m = FINDING_PRIOR_DELIVERIES;
  const rates = rareFindingRates(prior, market);
  const givenMissed = (missedWith + m * rates.missed) / (missed + m);
  const givenMet = (metWith + m * rates.met) / (met + m);
  return { weight: Math.min(0, Math.log(givenMet / givenMissed)), prior, missedWith, missed, metWith, met, ...(rates.bounded ? { market } : {}) };
}

/**
 * The findings with their learned weights: each learnable finding's impact scaled from its hand-set weight to the
 * learned one (from the person's deliveries, bounded by how rare its statement is in the market in hand:
 * `marketShareOf`), its counts in `data` and its sentence saying so when the two differ by 0.05 log-odds or more.
 * Items that are not learnable, and every item when there is neither a record nor a market, are returned as they are.
 */
export function applyLearnedWeights(items: readonly EvidenceItem[], record: FindingRecord | undefined, marketShareOf?: (code: string) => MarketStatementShare | undefined): EvidenceItem[] {
  const delivered = record !== undefined && (record.met > 0 || record.missed > 0);
  if (!delivered && marketShareOf === undefined) return [...items];
  return items.map((item) => {
    const learned = learnedFindingWeight(item.code, delivered ? record : undefined, LEARNABLE_FINDINGS.has(item.code) ? marketShareOf?.(item.code) : undefined);
    if (learned === undefined || Math.abs(learned.weight - learned.prior) < 0.05) return item;
    const impact = item.impact * (learned.weight / learned.prior);
    const market: Record<string, number> = learned.market ? { marketMaking: learned.market.making, marketParties: learned.market.parties } : {};
    return {
      ...item,
      impact,
      detail: `${item.detail}; ${learnedFindingSentence(learned)}`,
      data: { ...item.data, learnedWeight: round2(learned.weight), priorWeight: learned.prior, missedWith: learned.missedWith, missed: learned.missed, metWith: learned.metWith, met: learned.met, ...market },
    };
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * "this finding came with 9 of your 10 deliveries that missed your need and 0 of your 12 that met it: weighed …", or
 * "only 1 of the 6 sellers here states one: weighed …" (English; agent/decision `learnedFinding` and `rareInMarket` in
 * other languages).
 */
export function learnedFindingSentence(l: Pick<LearnedFindingWeight, 'weight' | 'prior' | 'missedWith' | 'missed' | 'metWith' | 'met' | 'market'>): string {
  const weighed = `weighed ${l.weight.toFixed(2)} log-odds instead of ${l.prior.toFixed(2)}`;
  const rare = l.market ? `only ${l.market.making} of the ${l.market.parties} sellers here state${l.market.making === 1 ? 's' : ''} one` : '';
  if (l.missed + l.met === 0) return `${rare}: ${weighed}`;
  return `${rare ? `${rare}; ` : ''}this finding came with ${l.missedWith} of your ${l.missed} deliveries that missed your need and ${l.metWith} of your ${l.met} that met it: ${weighed}`;
}
