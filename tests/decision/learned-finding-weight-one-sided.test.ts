import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONESTY_WEIGHTS, learnedFindingWeight } from '../../agent/scoring/index.ts';
import { FindingTally, type FindingRecord } from '../../agent/trust/index.ts';

// Issue 9, session 50 (task decide50): in unseen market u7 (no dishonest brand at all) every delivery met the need,
// and the butler, which doubted offers showing the maker's RRP, bought them on 34 of its 160 deliveries; the learned
// weight of 'rrp-unverifiable' went from the hand-set −0.30 to −0.99 log-odds with not one missed delivery on record,
// and the butler fell below its no-ledger ablation (−0.010 of the oracle's welfare, all of it through this weight:
// `node bin/run-ts.js sim/scripts/ledger-gap.ts bench/fixtures/unseen-markets/u7-no-dishonest-brand.json --cut findings`).
// Only deliveries that missed the need may make a finding weigh more than its hand-set weight.

const RRP = 'rrp-unverifiable';
const WAS = 'reference-price-unverifiable';
const prior = HONESTY_WEIGHTS.unverifiableReferencePrice;

/** A record of `met` deliveries that met the need (`metWith` of them showing `code`) and `missed` that missed it (`missedWith` showing it). */
function record(code: string, met: number, metWith: number, missed: number, missedWith: number): FindingRecord {
  const tally = new FindingTally();
  for (let i = 0; i < met; i++) tally.add(i < metWith ? [code] : [], true);
  for (let i = 0; i < missed; i++) tally.add(i < missedWith ? [code] : [], false);
  return tally;
}

const weight = (code: string, r: FindingRecord) => learnedFindingWeight(code, r)!.weight;

describe('a finding never weighs more than its hand-set weight until deliveries that missed the need show it', () => {
  it('u7: an RRP on 34 of 160 deliveries that all met the need keeps (at most) its hand-set weight', () => {
    // Main weighed it log((34 + e^−0.3) / 162 ÷ 1/2) ≈ −0.85.
    expect(weight(RRP, record(RRP, 160, 34, 0, 0))).toBeGreaterThanOrEqual(prior - 1e-12);
    expect(weight(WAS, record(WAS, 160, 34, 0, 0))).toBeGreaterThanOrEqual(prior - 1e-12);
  });

  it('a finding never seen on any delivery is not convicted by the many it was not on', () => {
    // Main: log((0 + e^−0.3) / 162 ÷ 1/2) ≈ −4.7, whatever the missed side never showed.
    expect(weight(RRP, record(RRP, 160, 0, 0, 0))).toBeGreaterThanOrEqual(prior - 1e-12);
  });

  it('with no missed delivery, however the finding falls on the met ones, it never weighs more than the hand-set weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), (met, share) => {
        expect(weight(RRP, record(RRP, met, Math.round(share * met), 0, 0))).toBeGreaterThanOrEqual(prior - 1e-12);
      }),
      { numRuns: 300, seed: 50 },
    );
  });

  // Hostile twins: what the learning is for must stay.
  it('still weighs a finding far more when the deliveries that missed the need showed it (liars\' "was" prices)', () => {
    expect(weight(WAS, record(WAS, 6, 0, 6, 6))).toBeLessThan(-2);
    expect(weight(WAS, record(WAS, 40, 3, 10, 9))).toBeLessThan(-1.5);
    // One missed delivery with it already weighs more than the hand-set weight where the met ones rarely show it.
    expect(weight(WAS, record(WAS, 20, 2, 1, 1))).toBeLessThan(prior - 0.5);
  });

  it('still weighs it less where most deliveries that met the need showed it (honest shops quoting real prices)', () => {
    expect(weight(RRP, record(RRP, 30, 27, 0, 0))).toBeGreaterThan(prior / 2);
    expect(weight(RRP, record(RRP, 6, 6, 6, 0))).toBe(0);
  });

  it('is the hand-set weight exactly with no delivery on record, and never above 0', () => {
    expect(weight(RRP, record(RRP, 0, 0, 0, 0))).toBeCloseTo(prior, 12);
    fc.assert(
      fc.property(fc.nat({ max: 60 }), fc.nat({ max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (met, missed, a, b) => {
        const w = weight(WAS, record(WAS, met, Math.round(a * met), missed, Math.round(b * missed)));
        expect(w).toBeLessThanOrEqual(0);
        expect(Number.isFinite(w)).toBe(true);
      }),
      { numRuns: 300, seed: 51 },
    );
  });
});
