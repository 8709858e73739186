import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnWorth, learnedLiking, PRIOR_WORTH_MODEL, SHIFT_PRIOR_WEIGHT, TASTE_MODEL, type RatedPurchase } from '../../agent/taste/index.ts';
import { learnedWorthAt, modelLikingAt, VALUE_MODEL } from '../../agent/decision/index.ts';

const T0 = Date.parse('2026-06-01T00:00:00Z');
const rated = (rating: number, over: Partial<RatedPurchase> = {}): RatedPurchase => ({ category: 'coffee', attributes: {}, rating, atMs: T0, asDescribed: true, ...over });

/** Main's formula: reference × (1 + premium × match). */
const mainWorth = (reference: number, match: number) => reference * (1 + VALUE_MODEL.preferencePremium * match);

describe('the worth model learned from ratings', () => {
  it('property: with no rating that counts, every worth is main’s formula exactly, so the ranking is unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.record({ rating: fc.integer({ min: 1, max: 5 }), expectedLiking: fc.double({ min: 0.5, max: 1, noNaN: true }) }), { maxLength: 4 }),
        (reference, match, ratings) => {
          const base = mainWorth(reference, match);
          // No ratings; ratings only of deliveries not as described (the honesty model's to learn); ratings without a prediction kept.
          const models = [learnWorth([], T0), learnWorth(ratings.map((r) => rated(r.rating, { ...r, asDescribed: false })), T0), learnWorth(ratings.map((r) => rated(r.rating)), T0), undefined];
          for (const model of models) expect(learnedWorthAt(reference, base, model)).toBe(base);
        },
      ),
    );
  });

  it('the model’s predicted liking is its worth over a perfect product’s: 1/2 for a bare match of the need, 1 for a perfect one', () => {
    expect(modelLikingAt(0)).toBe(1 / (1 + VALUE_MODEL.preferencePremium));
    expect(modelLikingAt(1)).toBe(1);
  });

  it('a person who rates what the butler bought lower than predicted has every liking shifted down, the more so the more ratings', () => {
    const once = learnWorth([rated(2, { expectedLiking: 0.75 })], T0);
    const often = learnWorth(Array.from({ length: 10 }, () => rated(2, { expectedLiking: 0.75 })), T0);
    expect(once.shift).toBeLessThan(0);
    expect(often.shift).toBeLessThan(once.shift);
    // The Bayesian mean tends to the shortfall itself, 0.25 − 0.75, never past it.
    expect(often.shift).toBeGreaterThan(-0.5);
    // Exactly: Σ (liking − prediction) / (prior weight + ratings).
    expect(once.shift).toBeCloseTo(-0.5 / (SHIFT_PRIOR_WEIGHT + 1), 12);
    expect(learnWorth([rated(5, { expectedLiking: 0.75 })], T0).shift).toBeGreaterThan(0);
    // A shift keeps the differences the model sees between products, within the liking scale.
    expect(learnedLiking(0.9, once) - learnedLiking(0.6, once)).toBeCloseTo(0.3, 12);
    expect(learnedLiking(0.1, often)).toBe(0);
    // Forgotten with the taste model's half-life.
    const later = learnWorth([rated(2, { expectedLiking: 0.75 })], T0 + TASTE_MODEL.halfLifeMs);
    expect(later.shift).toBeCloseTo(-0.5 * 0.5 / (SHIFT_PRIOR_WEIGHT + 0.5), 12);
    expect(PRIOR_WORTH_MODEL.shift).toBe(0);
  });
});
