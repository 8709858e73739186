// The calibrated honesty weighs a failed delivery at its stake (`failedDeliveriesAtStake`): for the same record, a
// failure at a larger stake never leaves the estimate higher, at the brand's usual stake it counts one check, and below it
// never less than one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRUST_PARAMETERS, TrustEventSchema, emptyTrustState, failedDeliveriesAtStake, foldTrustEvent, scoreTrustState, type BrandTrustState, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at } from './trust-fixtures.ts';

type Step = { kind: 'outcome'; outcome: 'as-described' | 'not-as-described' | 'not-delivered' | 'late'; satisfied: boolean; amountMinor: number | undefined; currency: 'EUR' | 'JPY' } | { kind: 'switch'; amountMinor: number; currency: 'EUR' | 'JPY' } | { kind: 'statement' } | { kind: 'clean' };

const currency = fc.constantFrom<'EUR' | 'JPY'>('EUR', 'EUR', 'JPY');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('outcome' as const), outcome: fc.constantFrom('as-described' as const, 'not-as-described' as const, 'not-delivered' as const, 'late' as const), satisfied: fc.boolean(), amountMinor: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: undefined }), currency }),
  fc.record({ kind: fc.constant('switch' as const), amountMinor: fc.integer({ min: 1, max: 500_000 }), currency }),
  fc.record({ kind: fc.constant('statement' as const) }),
  fc.record({ kind: fc.constant('clean' as const) }),
);

function eventOf(s: Step, day: number): TrustEventInput {
  const base = { brandId: 'sly', occurredAt: at(day) };
  switch (s.kind) {
    case 'outcome':
      return { ...base, kind: 'order-outcome', evidence: { orderId: `o-${day}`, outcome: s.outcome, satisfied: s.satisfied, ...(s.amountMinor === undefined ? {} : { stake: { amountMinor: s.amountMinor, currency: s.currency } }) } };
    case 'switch':
      return { ...base, kind: 'bait-and-switch', evidence: { offerId: `f-${day}`, orderId: `o-${day}`, detail: 'another product', stake: { amountMinor: s.amountMinor, currency: s.currency } } };
    case 'statement':
      return { ...base, kind: 'claim-contradicted', evidence: { offerId: `f-${day}`, claim: { attribute: 'waterproof', asserted: true, observed: false }, source: 'answer' } };
    case 'clean':
      return { ...base, kind: 'clean-interaction', evidence: { requestId: `r-${day}` } };
  }
}

function foldSteps(steps: readonly Step[]): BrandTrustState {
  let state = emptyTrustState();
  steps.forEach((s, i) => {
    const event = TrustEventSchema.parse(eventOf(s, i + 1));
    state = foldTrustEvent(state, event, Date.parse(event.occurredAt));
  });
  return state;
}

/** Whether a brand's failed deliveries in a currency, read at their stake over its usual stake there, count more than one check each. */
function aboveOneCheck(state: BrandTrustState, currency: string): boolean {
  const f = state.claims.failedDeliveries.find((x) => x.currency === currency);
  const usual = state.stakes.find((c) => c.currency === currency);
  return f !== undefined && usual !== undefined && usual.stake > 0 && (f.stake * usual.weight) / usual.stake > f.weight * (1 + 1e-9);
}

/** Whether a step is a failed delivery or receipt naming a stake (the ones whose stake the estimate reads). */
const isStakedFailure = (s: Step) => (s.kind === 'switch' || (s.kind === 'outcome' && s.outcome !== 'as-described' && s.amountMinor !== undefined));

describe('a failed delivery weighs its stake in the calibrated honesty', () => {
  it('for the same record, a failure at a larger stake never leaves the estimate (or the estimate after a clean check) higher', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), fc.nat(), fc.double({ min: 1, max: 50, noNaN: true }), (steps, pick, times) => {
        const failures = steps.flatMap((s, i) => (isStakedFailure(s) ? [i] : []));
        fc.pre(failures.length > 0);
        const i = failures[pick % failures.length]!;
        const s = steps[i]! as Step & { amountMinor: number; currency: 'EUR' | 'JPY' };
        const larger = steps.map((x, j) => (j === i ? { ...s, amountMinor: Math.round(s.amountMinor * times) } : x));
        const atMs = T0 + (steps.length + 1) * DAY;
        const small = scoreTrustState({ brandId: 'sly', state: foldSteps(steps), atMs });
        const large = scoreTrustState({ brandId: 'sly', state: foldSteps(larger), atMs });
        expect(large.estimatedHonesty).toBeLessThanOrEqual(small.estimatedHonesty + 1e-12);
        // Strictly lower when the brand has other sales on record in that currency (its usual stake is not the failure's)
        // and its failures there, the larger one included, stand above one check each (below, each counts one check).
        const otherSales = steps.some((x) => x.kind === 'outcome' && x.outcome === 'as-described' && x.amountMinor !== undefined && x.currency === s.currency);
        if (otherSales && times >= 2 && aboveOneCheck(foldSteps(larger), s.currency)) expect(large.estimatedHonesty).toBeLessThan(small.estimatedHonesty);
        // A failure never counts less than one check, however small its stake against the usual one.
        const state = foldSteps(steps);
        expect(failedDeliveriesAtStake(state)).toBeGreaterThanOrEqual(state.claims.failedDeliveries.reduce((sum, f) => sum + f.weight, 0) - 1e-12);
        expect(large.honestyAfterCleanCheck).toBeLessThanOrEqual(small.honestyAfterCleanCheck + 1e-12);
        // The count of failures never falls either (a larger failure is forgiven more slowly by smaller deliveries).
        expect(large.claimsFailed).toBeGreaterThanOrEqual(small.claimsFailed - 1e-12);
      }),
      { numRuns: 400, seed: 35 },
    );
  });

  it('counts one check at the usual stake, more at four times the stake of the other sales, one on a small order', () => {
    const w = TRUST_PARAMETERS.calibration.priorWeight;
    const prior = TRUST_PARAMETERS.calibration.baseRate;
    const sales = (lastMinor: number): Step[] => [
      ...[1, 2, 3].map((): Step => ({ kind: 'outcome', outcome: 'as-described', satisfied: true, amountMinor: 9_300, currency: 'EUR' })),
      { kind: 'outcome', outcome: 'not-as-described', satisfied: false, amountMinor: lastMinor, currency: 'EUR' },
    ];
    // Read at the lie's time (sales on days 1 to 4, each forgotten by the trust half-life from its day).
    const read = (steps: Step[]) => scoreTrustState({ brandId: 'sly', state: foldSteps(steps), atMs: T0 + steps.length * DAY });
    const usual = read(sales(9_300));
    expect(usual.estimatedHonesty).toBeCloseTo((prior * w) / (w + 1), 12);
    // 372 EUR after three 93 EUR sales: the usual stake is their forgetting-weighted mean, the failure counts 372 over it.
    const large = read(sales(37_200));
    const kept = [3, 2, 1].map((daysAgo) => 2 ** ((-daysAgo * DAY) / TRUST_PARAMETERS.halfLifeMs));
    const weights = kept.reduce((a, b) => a + b, 0) + 1;
    const weight = 372 / ((93 * kept.reduce((a, b) => a + b, 0) + 372) / weights);
    expect(weight).toBeGreaterThan(2);
    expect(large.estimatedHonesty).toBeCloseTo((prior * w) / (w + weight), 12);
    // A lie on a small order counts one check, not less: a seller cannot make its lies cheap by telling them on small sales.
    expect(read(sales(2_000)).estimatedHonesty).toBeCloseTo(usual.estimatedHonesty, 12);
    expect(large.claimsFailed).toBeCloseTo(usual.claimsFailed, 12);
  });
});
