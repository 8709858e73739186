import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../protocol/index.ts';
import { pickDivergent, rankOffers, type Ranking } from '../../agent/decision/index.ts';
import { minutesAfterNow, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

const USUAL = { brandIds: ['acme', 'bolt', 'crux', 'dune'], styles: { terrain: ['trail'] } };

function ranking(): Ranking {
  const offers = ['acme', 'bolt', 'crux', 'dune', 'fresh'].map((brandId, i) =>
    shoeOffer({ brandId, price: { amountMinor: 12_000 + i * 300, currency: 'EUR' } }),
  );
  return rankOffers(scoreRound(offers), { need: trailNeed(), honestyFloor: 0.35 });
}

describe('pickDivergent', () => {
  it('surfaces a strong option from a never-bought brand below the shown ones, labelled with a reason', () => {
    const picks = Array.from({ length: 200 }, (_, seed) => pickDivergent({ ranking: ranking(), history: USUAL, appetite: 1, random: createSeededRandom(seed) }));
    const picked = picks.filter((p) => p.kind === 'picked');
    // Thompson sampling: the uncertain newcomer is surfaced when its draw is strong, not every time.
    expect(picked.length).toBeGreaterThan(5);
    for (const pick of picked) {
      expect(pick.divergent).toBe(true);
      expect(pick.novelty).toBe('brand');
      expect(pick.offer.brandId).toBe('fresh');
      expect(pick.reason).toContain('never bought from');
    }
  });

  it('finds a different style when every brand is familiar', () => {
    const offers = ['acme', 'bolt', 'crux', 'dune'].map((brandId, i) => shoeOffer({ brandId, price: { amountMinor: 12_000 + i * 300, currency: 'EUR' } }));
    const need = trailNeed({ hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }] });
    const road = shoeOffer({ brandId: 'acme', offerId: 'acme-road', price: { amountMinor: 13_500, currency: 'EUR' }, product: { sku: 'acme-road', gtin: '4006381333955', attributes: { size_eu: 43, waterproof: true, terrain: 'road', weight_g: 280 } } });
    const r = rankOffers(scoreRound([...offers, road], { need }), { need, honestyFloor: 0.35 });
    const picks = Array.from({ length: 200 }, (_, seed) => pickDivergent({ ranking: r, history: USUAL, appetite: 1, random: createSeededRandom(seed) }));
    const picked = picks.filter((p) => p.kind === 'picked');
    expect(picked.length).toBeGreaterThan(0);
    for (const pick of picked) {
      expect(pick).toMatchObject({ kind: 'picked', novelty: 'style', offer: { offerId: 'acme-road' } });
      expect(pick.reason).toContain('terrain “road” instead of your usual “trail”');
    }
  });

  it('stays quiet at zero appetite, inside the bubble, or with nothing strong enough', () => {
    expect(pickDivergent({ ranking: ranking(), history: USUAL, appetite: 0, random: createSeededRandom(1) })).toEqual({ kind: 'none', reason: 'no-appetite' });
    const everyone = { brandIds: ['acme', 'bolt', 'crux', 'dune', 'fresh'] };
    expect(pickDivergent({ ranking: ranking(), history: everyone, appetite: 1, random: createSeededRandom(1) })).toEqual({ kind: 'none', reason: 'no-strong-option' });
    const weak = ['acme', 'bolt', 'crux', 'dune'].map((brandId) => shoeOffer({ brandId }));
    const pushyNewcomer = shoeOffer({ brandId: 'fresh', validUntil: minutesAfterNow(3), pitch: 'Only 1 left! Hurry!', quantity: 3 });
    const r = rankOffers(scoreRound([...weak, pushyNewcomer], { trust: { fresh: trustOf(0.4, 0.9) } }), { need: trailNeed(), honestyFloor: 0.35 });
    expect(pickDivergent({ ranking: r, history: USUAL, appetite: 1, random: createSeededRandom(1), minValueShare: 0.9 }).kind).toBe('none');
  });

  it('is deterministic for a seed', () => {
    const r = ranking();
    for (let seed = 0; seed < 50; seed++) {
      const a = pickDivergent({ ranking: r, history: USUAL, appetite: 0.4, random: createSeededRandom(seed) });
      const b = pickDivergent({ ranking: r, history: USUAL, appetite: 0.4, random: createSeededRandom(seed) });
      expect(b).toEqual(a);
    }
  });

  it('surfaces the slot at a rate bounded by the appetite, and more often with more appetite', () => {
    const r = ranking();
    const rates: number[] = [];
    for (const appetite of [0.1, 0.3, 0.5, 0.8]) {
      let picked = 0;
      const runs = 2_000;
      for (let seed = 0; seed < runs; seed++) {
        if (pickDivergent({ ranking: r, history: USUAL, appetite, random: createSeededRandom(`divergence:${seed}`) }).kind === 'picked') picked++;
      }
      rates.push(picked / runs);
      expect(picked / runs).toBeLessThanOrEqual(appetite + 0.02);
    }
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]!);
  });

  it('explores a brand whose record is uncertain more often than one with a long clean record (Thompson sampling)', () => {
    const offers = ['acme', 'bolt', 'crux', 'dune', 'fresh'].map((brandId, i) => shoeOffer({ brandId, price: { amountMinor: 12_000 + i * 300, currency: 'EUR' } }));
    // Same mean honesty (0.55), known from 200 checks or from one: only the uncertain one can draw high enough often.
    const certain = rankOffers(scoreRound(offers, { trust: { fresh: { ...trustOf(0.55, 0.1, 200), claimsFailed: 90.5 } } }), { need: trailNeed(), honestyFloor: 0.35 });
    const uncertain = rankOffers(scoreRound(offers, { trust: { fresh: { ...trustOf(0.55, 0.5, 2), claimsFailed: 1.4 } } }), { need: trailNeed(), honestyFloor: 0.35 });
    const count = (r: Ranking) => Array.from({ length: 600 }, (_, seed) => pickDivergent({ ranking: r, history: USUAL, appetite: 1, random: createSeededRandom(seed) })).filter((p) => p.kind === 'picked').length;
    expect(count(uncertain)).toBeGreaterThan(count(certain));
  });
});

describe('pickDivergent properties', () => {
  it('never shows as divergent an offer that violates a need, is over budget, banned or below the honesty floor', () => {
    const brands = ['acme', 'bolt', 'crux', 'dune', 'echo', 'fern', 'gale'];
    const offerArb = fc
      .record({ brand: fc.constantFrom(...brands), price: fc.integer({ min: 8_000, max: 17_000 }), size: fc.constantFrom(42, 43, 43), waterproof: fc.boolean() })
      .map((r) => shoeOffer({ brandId: r.brand, price: { amountMinor: r.price, currency: 'EUR' }, product: { attributes: { size_eu: r.size, waterproof: r.waterproof, terrain: 'trail', weight_g: 280 } } }));
    fc.assert(
      fc.property(
        fc.uniqueArray(offerArb, { minLength: 1, maxLength: 7, selector: (o) => o.brandId }),
        fc.subarray(brands),
        fc.subarray(brands),
        fc.integer(),
        (offers, banned, distrusted, seed) => {
          const policy = Object.fromEntries(banned.map((b) => [b, { allowed: false as const, violations: [{ rule: 'banned-brand' as const, message: 'banned' }] }]));
          const trust = Object.fromEntries(distrusted.map((b) => [b, trustOf(0.1)]));
          const r = rankOffers(scoreRound(offers, { policy, trust }), { need: trailNeed(), honestyFloor: 0.35 });
          const pick = pickDivergent({ ranking: r, history: { brandIds: ['acme'] }, appetite: 1, random: createSeededRandom(seed), shown: 1, minValueShare: 0 });
          if (pick.kind !== 'picked') return;
          const o = pick.offer.offer;
          expect(o.product.attributes.size_eu).toBe(43);
          expect(o.product.attributes.waterproof).toBe(true);
          expect(o.price.amountMinor).toBeLessThanOrEqual(15_000);
          expect(banned).not.toContain(o.brandId);
          expect(distrusted).not.toContain(o.brandId);
          expect(r.excluded.map((e) => e.offerId)).not.toContain(o.offerId);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
