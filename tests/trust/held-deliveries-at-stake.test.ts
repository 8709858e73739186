// Trust earned on small stakes vouches for small stakes: an offer reads the brand's checks that held at its own stake
// (`heldDeliveriesAt`: each delivery as described counts what it put at stake over the offer's, at most one whole
// check), the part they do not cover read as a stranger's (`honestyAtStake`). For one record and market, a larger stake
// never raises the probability that the offer's claims hold, and lowers it while the record does not cover it and a
// stranger is read below the brand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldDeliveriesAt, heldRecordOf, scoreTrustState } from '../../agent/trust/index.ts';
import { afterCleanCheck, scoreHonesty } from '../../agent/scoring/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { foldSteps, step, type Step } from './stake-steps.ts';

const need = trailNeed({ budget: undefined });
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('a record of deliveries that held vouches for an offer at their stake', () => {
  it('for one record and market, a larger stake never raises P(claims hold) (nor after a clean check), and lowers it while uncovered', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 100, max: 400_000 }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (steps, amountMinor, times, stranger) => {
          const state = foldSteps(steps);
          const trust = scoreTrustState({ brandId: 'sly', state, atMs: state.asOfMs });
          const read = (minor: number) => {
            const score = scoreHonesty({ offer: shoeOffer({ brandId: 'sly', price: eur(minor) }), need, now: '2026-11-30T09:00:00.000Z', trust, strangerHonesty: stranger });
            return { score, after: afterCleanCheck(score, trust) };
          };
          const small = read(amountMinor);
          const large = read(Math.round(amountMinor * times));
          expect(large.score.probability).toBeLessThanOrEqual(small.score.probability + 1e-12);
          expect(large.after.probability).toBeLessThanOrEqual(small.after.probability + 1e-12);
          expect(large.score.probability).toBeLessThanOrEqual(trust.estimatedHonesty + 1e-12);
          // Strictly lower where the record does not cover the larger stake, and a stranger is read below the brand.
          if (large.score.recordCover < small.score.recordCover - 1e-9 && stranger < 0.8 - 1e-9 && trust.estimatedHonesty > 1e-9) {
            expect(large.score.prior).toBeLessThan(small.score.prior);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('each delivery as described counts its stake over the offer\'s, at most one check; other currencies count nothing; no stake counts whole', () => {
    const steps: Step[] = Array.from({ length: 10 }, () => ({ kind: 'outcome', outcome: 'as-described', satisfied: true, amountMinor: 1_200, currency: 'EUR' }));
    const record = heldRecordOf(foldSteps(steps));
    expect(heldDeliveriesAt(record, eur(1_200))).toBeCloseTo(1, 9);
    // Ten deliveries (forgotten a little with time) at 12 EUR vouch for a 1,000 EUR offer as 0.12 of one delivery at it.
    const [held] = record.byCurrency;
    expect(held!.weight).toBeGreaterThan(9);
    expect(held!.stake / held!.weight).toBeCloseTo(12, 9);
    expect(heldDeliveriesAt(record, eur(100_000))).toBeCloseTo(held!.weight * (1_200 / 100_000), 12);
    expect(heldDeliveriesAt(record, { amountMinor: 100_000, currency: 'JPY' })).toBe(0);
    expect(heldDeliveriesAt(heldRecordOf(foldSteps([{ kind: 'outcome', outcome: 'as-described', satisfied: true, amountMinor: undefined, currency: 'EUR' }])), eur(100_000))).toBe(1);
    // A failed delivery is no held check: a brand whose only order failed vouches for nothing.
    expect(heldDeliveriesAt(heldRecordOf(foldSteps([{ kind: 'outcome', outcome: 'not-as-described', satisfied: false, amountMinor: 90_000, currency: 'EUR' }])), eur(90_000))).toBe(0);
  });
});
