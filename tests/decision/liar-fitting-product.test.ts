import { describe, expect, it } from 'vitest';
import { describeValue, expectedWorth, rankOffers } from '../../agent/decision/index.ts';
import type { BrandTrustView, PricePoint } from '../../agent/scoring/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

// Held-out markets 22 (docs/held-out-markets-22.md): in a category sold only by liars whose lies are a false "was"
// price and a flattering number, the butler bought nothing while what would arrive met the need and was worth far
// more than its price. A brand's own deliveries now say how its failures fall; a lie about a hard constraint still
// makes a product worth nothing.

const need = trailNeed({ budget: { amountMinor: 15_000, currency: 'EUR' } });
const price = { amountMinor: 10_000, currency: 'EUR' };
/** It has always asked 100 EUR: its "was 140 EUR" is a price it never charged. */
const history: PricePoint[] = [
  { sku: 'liar-tr43', price, quantity: 1, at: '2026-10-01T00:00:00.000Z' },
  { sku: 'liar-tr43', price, quantity: 1, at: '2026-11-01T00:00:00.000Z' },
];
const wasPrice = { kind: 'was-price' as const, referencePrice: { amountMinor: 14_000, currency: 'EUR' } };
/** Fits the need (size, waterproof, trail as required); its "was" price is fake and its weight is puffed up (290 g stated as 220 g). */
const puffed = shoeOffer({ brandId: 'liar', price, discount: wasPrice, claims: [{ attribute: 'weight_g', asserted: 220 }] });
/** Its own answer says it is not waterproof: a lie about a hard constraint, caught. */
const hardLie = shoeOffer({ brandId: 'liar', offerId: 'liar-o2', price, discount: wasPrice });
const deniedWaterproof = {
  transcript: {
    answers: [{ attribute: 'waterproof', question: 'Can you confirm that waterproof is true?', answer: { questionId: 'q1', offerId: 'liar-o2', stance: 'denied' as const, text: 'It is water resistant, not waterproof.', claims: [] } }],
  },
};

/**
 * A brand caught lying (calibrated honesty 0.3, failed checks on record); `spare`: the share of its failures that met
 * the need (of 8 failed deliveries and the prior's weight 2), on deliveries that put `stakeMajor` at stake (100 EUR: as
 * much as the offers here).
 */
const liarTrust = (spare?: number, stakeMajor = 100): BrandTrustView => ({ ...trustOf(0.3), ...(spare === undefined ? {} : { needRecord: { failedDeliveries: 8, spared: spare * 10, sparedStakeMajor: stakeMajor } }) });

function rank(spare: number | undefined, offers = [puffed], stakeMajor = 100) {
  const candidates = scoreRound(offers, { need, trust: { liar: liarTrust(spare, stakeMajor) }, evidence: { 'liar-o1': { priceHistory: history }, 'liar-o2': { priceHistory: history, ...deniedWaterproof } } });
  return rankOffers(candidates, { need, honestyFloor: 0.5 });
}

describe('a liar\'s product that meets the need, where nobody else sells', () => {
  it('is not bought while nothing on record says how the brand\'s failures fall (its false "was" price counts against the need)', () => {
    const ranking = rank(undefined);
    expect(ranking.ranked).toEqual([]);
    expect(ranking.excluded[0]!.reasons.map((r) => r.code)).toEqual(['below-honesty-floor']);
  });

  it('is bought when the brand\'s deliveries show its failures leave the need met and the expected surplus is positive', () => {
    const ranking = rank(0.8);
    expect(ranking.ranked.map((r) => r.offerId)).toEqual(['liar-o1']);
    const b = ranking.ranked[0]!.breakdown;
    expect(b.claimsHold).toBeLessThan(0.15);
    expect(b.needHolds).toBeGreaterThan(0.8);
    expect(b.worthIfNotAsDescribed).toBeLessThan(b.worth);
    expect(b.surplus).toBeGreaterThan(0);
    // The explanation states the term it was bought on, with the numbers used.
    expect(describeValue(b)).toContain(`+ ${Math.round((b.needHolds - b.claimsHold) * 100)} % likely to meet what you required though not as described × worth`);
    expect(b.surplus).toBeCloseTo(expectedWorth(b) - b.price - b.remedyCost - b.pressureCost, 6);
    // The brand is still flagged: its offer carries the findings, the estimate it is trusted on is unchanged.
    expect(ranking.ranked[0]!.scores.honesty.evidence.map((e) => e.code)).toEqual(expect.arrayContaining(['fake-reference-price']));
    expect(ranking.ranked[0]!.trust?.estimatedHonesty).toBe(0.3);
  });

  it('is not bought when the expected surplus is not positive (the price above what it is worth if not as described)', () => {
    const dear = shoeOffer({ ...puffed, price: { amountMinor: 14_900, currency: 'EUR' } });
    const candidates = scoreRound([dear], { need: { ...need, softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.5 }] }, trust: { liar: liarTrust(0.3, 149) }, evidence: { 'liar-o1': { priceHistory: [{ ...history[0]!, price: dear.price }] } } });
    const ranking = rankOffers(candidates, { need, honestyFloor: 0.5 });
    expect(ranking.ranked).toEqual([]);
    expect(ranking.excluded[0]!.reasons.map((r) => r.code)).toEqual(['no-surplus']);
  });

  it('still refuses the same brand\'s product caught lying about a hard constraint', () => {
    const ranking = rank(0.8, [puffed, hardLie]);
    expect(ranking.ranked.map((r) => r.offerId)).toEqual(['liar-o1']);
    // Its finding is against a hard requirement: neither the value nor the floor reads the brand's spared failures for it.
    const refused = ranking.excluded.find((e) => e.offerId === 'liar-o2')!;
    expect(refused.reasons.map((r) => r.code)).toEqual(['below-honesty-floor']);
    expect(refused.scores.honesty.needHolds).toBe(refused.scores.honesty.probability);
  });

  it('is not bought on the strength of cheap deliveries that met the need: each counts at most its stake over the offer\'s', () => {
    // The same record, earned on 10 EUR deliveries: it says little about what the brand does with 100 EUR at stake.
    const ranking = rank(0.8, [puffed], 10);
    expect(ranking.ranked).toEqual([]);
    expect(ranking.excluded[0]!.reasons.map((r) => r.code)).toEqual(['below-honesty-floor']);
    expect(ranking.excluded[0]!.scores.honesty.failuresSpareNeed).toBeCloseTo(0.08, 10);
  });

  it('prices a fresh identity\'s failures like the known sellers\' in the request: bought where theirs left the need met, not where they missed it', () => {
    // A stranger in a market of liars (its honesty read at their mean, 0.25), its own "was" price unverifiable.
    const fresh = shoeOffer({ brandId: 'fresh', offerId: 'fresh-o1', price, discount: wasPrice, claims: [{ attribute: 'weight_g', asserted: 220 }] });
    const strangerRank = (spared: number) => {
      const strangerNeedRecord = { failedDeliveries: 8, spared, sparedStakeMajor: 100 };
      return rankOffers(scoreRound([fresh], { need, evidence: { 'fresh-o1': { strangerHonesty: 0.25, strangerNeedRecord } } }), { need, honestyFloor: 0.5 });
    };
    const spareing = strangerRank(8);
    expect(spareing.ranked.map((r) => r.offerId)).toEqual(['fresh-o1']);
    expect(spareing.ranked[0]!.breakdown.needHolds).toBeGreaterThan(spareing.ranked[0]!.breakdown.claimsHold);
    const missing = strangerRank(0);
    expect(missing.ranked).toEqual([]);
    expect(missing.excluded[0]!.reasons.map((r) => r.code)).toEqual(['no-surplus']);
  });

  it('still ranks the liar\'s products by what they state: not as described, one stated preference is taken as the false one, not all of them', () => {
    // Two fitting products of the same liar: one light and cushioned, one heavy and hard, 5 EUR cheaper.
    const prefs = [{ attribute: 'weight_g', direction: 'lower' as const, weight: 0.5 }, { attribute: 'cushion', direction: 'higher' as const, weight: 0.5 }];
    const twoPrefs = { ...need, softPreferences: prefs };
    const good = shoeOffer({ brandId: 'liar', offerId: 'liar-good', price, discount: wasPrice, product: { sku: 'liar-good', gtin: '4006381333931', title: 'Ridge GTX trail shoe', maker: 'Ridgeline', category: 'running-shoes', attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 220, cushion: 9 } } });
    const poor = shoeOffer({ brandId: 'liar', offerId: 'liar-poor', price: { amountMinor: 9_500, currency: 'EUR' }, discount: wasPrice, product: { sku: 'liar-poor', gtin: '4006381333948', title: 'Basic trail shoe', maker: 'Ridgeline', category: 'running-shoes', attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 380, cushion: 2 } } });
    const points = (sku: string, amountMinor: number): PricePoint[] => [{ sku, price: { amountMinor, currency: 'EUR' }, quantity: 1, at: '2026-10-01T00:00:00.000Z' }];
    const candidates = scoreRound([good, poor], { need: twoPrefs, trust: { liar: liarTrust(0.8) }, evidence: { 'liar-good': { priceHistory: points('liar-good', 10_000) }, 'liar-poor': { priceHistory: points('liar-poor', 9_500) } } });
    const ranking = rankOffers(candidates, { need: twoPrefs, honestyFloor: 0.5 });
    expect(ranking.ranked.map((r) => r.offerId)).toEqual(['liar-good', 'liar-poor']);
    const [g, p] = ranking.ranked.map((r) => r.breakdown);
    expect(g!.worthIfNotAsDescribed).toBeGreaterThan(p!.worthIfNotAsDescribed);
    expect(g!.worthIfNotAsDescribed).toBeLessThan(g!.worth);
  });
});
