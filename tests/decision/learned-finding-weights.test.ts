import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { rankOffers } from '../../agent/decision/index.ts';
import { FINDING_PRIOR_DELIVERIES, HONESTY_WEIGHTS, learnedFindingWeight, type OfferEvidence } from '../../agent/scoring/index.ts';
import { FindingTally, type FindingRecord } from '../../agent/trust/index.ts';
import { minutesAfterNow, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { expectCheaperNeverRanksLower, scoreRound, trustOf } from './decision-fixtures.ts';

// The ranking's properties hold whatever the person's deliveries taught about findings (issue 9: learned finding
// weights): value monotone in price, an offer proved false never ranks higher, a finding never helps an offer, and
// the recommendation floor reads the hand-set weights.

const FLOOR = 0.35;
const BRANDS = ['acme', 'bolt', 'crux', 'dune', 'echo'];
const LEARNABLE = ['reference-price-unverifiable', 'title-contradicts-offer'];

const offerArb = fc
  .record({
    brand: fc.constantFrom(...BRANDS),
    n: fc.integer({ min: 0, max: 3 }),
    price: fc.integer({ min: 5_000, max: 18_000 }),
    size: fc.constantFrom(42, 43, 43, 43),
    waterproof: fc.boolean(),
    weight: fc.integer({ min: 220, max: 380 }),
    wasPrice: fc.option(fc.integer({ min: 19_000, max: 30_000 }), { nil: undefined }),
    title: fc.constantFrom('Ridge GTX trail shoe', 'Ridge trail shoe size 42'),
  })
  .map((r) =>
    shoeOffer({
      brandId: r.brand,
      offerId: `${r.brand}-${r.n}`,
      price: { amountMinor: r.price, currency: 'EUR' },
      validUntil: minutesAfterNow(600),
      discount: r.wasPrice === undefined ? undefined : { kind: 'was-price', referencePrice: { amountMinor: r.wasPrice, currency: 'EUR' } },
      product: { sku: `${r.brand}-sku-${r.n}`, title: r.title, attributes: { size_eu: r.size, waterproof: r.waterproof, terrain: 'trail', weight_g: r.weight } },
    }),
  );
const roundArb = fc.uniqueArray(offerArb, { minLength: 1, maxLength: 6, selector: (o) => o.offerId });
const trustArb = fc.dictionary(fc.constantFrom(...BRANDS), fc.record({ e: fc.double({ min: 0, max: 1, noNaN: true }), u: fc.double({ min: 0, max: 1, noNaN: true }) }));

/** Any record of deliveries: up to 30 that met the need and 30 that missed it, each learnable finding on any part of them. */
const recordArb = fc
  .record({ met: fc.nat({ max: 30 }), missed: fc.nat({ max: 30 }), shares: fc.array(fc.record({ met: fc.double({ min: 0, max: 1, noNaN: true }), missed: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: LEARNABLE.length, maxLength: LEARNABLE.length }) })
  .map(({ met, missed, shares }): FindingRecord => {
    const tally = new FindingTally();
    const counts = LEARNABLE.map((_, k) => ({ met: Math.round(shares[k]!.met * met), missed: Math.round(shares[k]!.missed * missed) }));
    for (let i = 0; i < met; i++) tally.add(LEARNABLE.filter((_, k) => i < counts[k]!.met), true);
    for (let i = 0; i < missed; i++) tally.add(LEARNABLE.filter((_, k) => i < counts[k]!.missed), false);
    return tally;
  });

const trustFrom = (spec: Record<string, { e: number; u: number }>) => Object.fromEntries(Object.entries(spec).map(([b, t]) => [b, trustOf(t.e, t.u)]));
const withRecord = (offers: readonly Offer[], findingRecord: FindingRecord): Record<string, Partial<OfferEvidence>> => Object.fromEntries(offers.map((o) => [o.offerId, { findingRecord }]));

describe('learned finding weights', () => {
  it('equal the hand-set weight with no delivery on record, never rise above 0, and fall as the finding keeps preceding missed needs', () => {
    const prior = HONESTY_WEIGHTS.unverifiableReferencePrice;
    expect(learnedFindingWeight('reference-price-unverifiable', undefined)!.weight).toBeCloseTo(prior, 12);
    expect(learnedFindingWeight('claim-contradicts-product', undefined)).toBeUndefined();
    fc.assert(
      fc.property(recordArb, (record) => {
        const learned = learnedFindingWeight('reference-price-unverifiable', record)!;
        expect(learned.weight).toBeLessThanOrEqual(0);
        // One more missed delivery with the finding never makes it weigh less against the offer.
        const seen = record.byCode.get('reference-price-unverifiable') ?? { met: 0, missed: 0 };
        const plusOne: FindingRecord = { met: record.met, missed: record.missed + 1, byCode: new Map([...record.byCode, ['reference-price-unverifiable', { met: seen.met, missed: seen.missed + 1 }]]) };
        expect(learnedFindingWeight('reference-price-unverifiable', plusOne)!.weight).toBeLessThanOrEqual(learned.weight + 1e-12);
      }),
      { numRuns: 200, seed: 5 },
    );
    expect(FINDING_PRIOR_DELIVERIES).toBe(2);
  });

  it('keep the ranking monotone in price: the same offer cheaper, all else equal, never ranks lower', () => {
    fc.assert(
      fc.property(roundArb, trustArb, recordArb, fc.nat(), fc.integer({ min: 1, max: 3_000 }), (offers, trustSpec, record, pick, cut) => {
        expectCheaperNeverRanksLower(offers, { need: trailNeed(), trust: trustFrom(trustSpec), evidence: withRecord(offers, record) }, FLOOR, pick, cut);
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('never rank an offer higher once one of its claims is proved false', () => {
    fc.assert(
      fc.property(roundArb, trustArb, recordArb, fc.nat(), (offers, trustSpec, record, pick) => {
        const trust = trustFrom(trustSpec);
        const need = trailNeed();
        const i = pick % offers.length;
        const target = offers[i]!;
        const weight = target.product.attributes.weight_g as number;
        const caught = offers.map((o, k) => (k === i ? { ...o, claims: [...o.claims, { attribute: 'weight_g', asserted: weight - 60 }] } : o));
        const before = rankOffers(scoreRound(offers, { need, trust, evidence: withRecord(offers, record) }), { need, honestyFloor: FLOOR });
        const after = rankOffers(scoreRound(caught, { need, trust, evidence: withRecord(caught, record) }), { need, honestyFloor: FLOOR });
        const was = before.ranked.find((r) => r.offerId === target.offerId);
        const now = after.ranked.find((r) => r.offerId === target.offerId);
        if (!now) return;
        expect(was, 'a caught offer never becomes recommendable').toBeDefined();
        expect(now.rank).toBeGreaterThanOrEqual(was!.rank);
        expect(now.breakdown.claimsHold).toBeLessThan(was!.breakdown.claimsHold);
      }),
      { numRuns: 150, seed: 19 },
    );
  });

  it('never let a finding raise an offer, and leave the floor where the hand-set weights put it', () => {
    fc.assert(
      fc.property(roundArb, trustArb, recordArb, (offers, trustSpec, record) => {
        const trust = trustFrom(trustSpec);
        const need = trailNeed();
        const learned = scoreRound(offers, { need, trust, evidence: withRecord(offers, record) });
        const hand = scoreRound(offers, { need, trust });
        learned.forEach((c, k) => {
          const h = hand[k]!.scores.honesty;
          // Where no learnable finding is on the offer, nothing moves; where one is, it still counts against the offer.
          const learnable = c.scores.honesty.evidence.filter((i) => LEARNABLE.includes(i.code));
          if (learnable.length === 0) expect(c.scores.honesty.probability).toBeCloseTo(h.probability, 12);
          for (const item of learnable) expect(item.impact).toBeLessThanOrEqual(0);
          expect(c.scores.honesty.hardLogOdds).toBeCloseTo(h.hardLogOdds, 12);
          expect(c.scores.honesty.prior).toBeCloseTo(h.prior, 12);
        });
        const floored = (r: ReturnType<typeof rankOffers>) => r.excluded.filter((e) => e.reasons.some((x) => x.code === 'below-honesty-floor')).map((e) => e.offerId).sort();
        expect(floored(rankOffers(learned, { need, honestyFloor: FLOOR }))).toEqual(floored(rankOffers(hand, { need, honestyFloor: FLOOR })));
      }),
      { numRuns: 150, seed: 23 },
    );
  });
});
