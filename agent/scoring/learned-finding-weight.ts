import type { SeenFindingRecord } from '../trust/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';

/**
 * Findings whose weight what the person was shown may move, with the hand-set weight each starts from (its prior): the
 * per-offer signals that convict nobody (not in SERIOUS_HONESTY_FINDINGS, so never written to the ledger as a verdict)
 * and whose hand-set weight is a judgement about shops in general, not a proof. A "was" price nobody can check means
 * little where honest shops show real ones, and much where only liars show any: which brands the ledger later caught
 * tells which market the person shops in. A "was" price (the seller's own past price) and an RRP (the maker's) are
 * different statements, learned apart.
 */
export const LEARNABLE_FINDINGS: ReadonlyMap<string, number> = new Map([
  ['reference-price-unverifiable', HONESTY_WEIGHTS.unverifiableReferencePrice],
  ['rrp-unverifiable', HONESTY_WEIGHTS.unverifiableReferencePrice],
  ['title-contradicts-offer', HONESTY_WEIGHTS.titleContradictsOffer],
]);

/**
 * Pseudo-brands the hand-set weight counts for, on each side (caught, clean). Two: where the prior puts a rate at 1/2
 * that is the uniform Beta(1, 1), the weakest prior that still states a rate. The one knob, chosen on this principle,
 * not tuned.
 */
export const FINDING_PRIOR_BRANDS = 2;

/** A finding's weight as the brands seen have shown it, with the evidence behind it. */
export interface LearnedFindingWeight {
  /** Log-odds the finding adds (≤ 0: a finding that undermines never becomes a reason to trust). */
  readonly weight: number;
  readonly prior: number;
  /** Brands later caught with offers seen, and the mean share of their offers that showed the finding. */
  readonly caught: number;
  readonly caughtShare: number;
  /** Brands checked clean (never caught) with offers seen, and the mean share of their offers that showed it. */
  readonly clean: number;
  readonly cleanShare: number;
}

/**
 * The log-likelihood ratio of the finding between brands the ledger checked clean and brands it caught, over every
 * offer they were seen to make: log P(f | clean) ÷ P(f | caught), each rate a Beta posterior mean over brands (each
 * brand one witness, counting the share of its offers that showed f). The clean rate's prior is e^prior / 2 (the
 * caught rate's 1/2 moved by the hand-set ratio), the caught rate's prior is the clean rate's posterior divided by
 * e^prior (capped at 1), each worth `FINDING_PRIOR_BRANDS` brands: so with no caught brand on record the weight is the
 * hand-set one exactly, whatever the clean brands showed (honest shops quoting the maker's RRP cannot teach the butler
 * to doubt RRPs), and each caught brand moves it by what its offers showed. Offers bought or not count alike: what the
 * butler chose to buy does not bias it. It never rises above 0 and never applies to a finding with a non-negative
 * weight. Undefined for a finding that is not learnable.
 */
export function learnedFindingWeight(code: string, record: SeenFindingRecord | undefined): LearnedFindingWeight | undefined {
  const prior = LEARNABLE_FINDINGS.get(code);
  if (prior === undefined || !(prior < 0)) return undefined;
  const m = FINDING_PRIOR_BRANDS;
  const caught = record?.caught.brands ?? 0;
  const clean = record?.clean.brands ?? 0;
  const caughtWith = record?.caught.byCode.get(code) ?? 0;
  const cleanWith = record?.clean.byCode.get(code) ?? 0;
  const givenClean = (cleanWith + (m * Math.exp(prior)) / 2) / (clean + m);
  const caughtPrior = Math.min(1, givenClean / Math.exp(prior));
  const givenCaught = (caughtWith + m * caughtPrior) / (caught + m);
  return {
    weight: Math.min(0, Math.log(givenClean / givenCaught)),
    prior,
    caught,
    caughtShare: caught === 0 ? 0 : caughtWith / caught,
    clean,
    cleanShare: clean === 0 ? 0 : cleanWith / clean,
  };
}

/**
 * The findings with their learned weights: each learnable finding's impact scaled from its hand-set weight to the
 * learned one, its evidence in `data` and its sentence saying so when the two differ by 0.05 log-odds or more. Items
 * that are not learnable, and every item while no brand on record was caught (the weight is then the hand-set one),
 * are returned as they are.
 */
export function applyLearnedWeights(items: readonly EvidenceItem[], record: SeenFindingRecord | undefined): EvidenceItem[] {
  if (record === undefined || record.caught.brands === 0) return [...items];
  return items.map((item) => {
    const learned = learnedFindingWeight(item.code, record);
    if (learned === undefined || Math.abs(learned.weight - learned.prior) < 0.05) return item;
    const impact = item.impact * (learned.weight / learned.prior);
    return {
      ...item,
      impact,
      detail: `${item.detail}; ${learnedFindingSentence(learned)}`,
      data: { ...item.data, learnedWeight: round2(learned.weight), priorWeight: learned.prior, caughtBrands: learned.caught, caughtShare: round2(learned.caughtShare), cleanBrands: learned.clean, cleanShare: round2(learned.cleanShare) },
    };
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** "this finding was on 90% of the offers of the 2 brands later caught saying something false and 5% of those of the 7 checked clean: weighed …" (English; agent/decision `learnedFinding` in other languages). */
export function learnedFindingSentence(l: Pick<LearnedFindingWeight, 'weight' | 'prior' | 'caught' | 'caughtShare' | 'clean' | 'cleanShare'>): string {
  return `this finding was on ${pct(l.caughtShare)} of the offers of the ${l.caught} brand${l.caught === 1 ? '' : 's'} later caught saying or delivering something false and ${pct(l.cleanShare)} of those of the ${l.clean} checked clean: weighed ${l.weight.toFixed(2)} log-odds instead of ${l.prior.toFixed(2)}`;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
