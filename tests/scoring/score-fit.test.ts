import { describe, expect, it } from 'vitest';
import { scoreFit } from '../../agent/scoring/index.ts';
import { NOW, evidenceFor, shoeOffer, trailNeed } from './scoring-fixtures.ts';

describe('scoreFit', () => {
  it('scores an offer meeting every need high and counts the needs', () => {
    const fit = scoreFit(evidenceFor(shoeOffer()));
    expect(fit.hardViolations).toEqual([]);
    expect(fit.needsMet).toBe(4);
    expect(fit.needsTotal).toBe(4);
    expect(fit.score).toBeGreaterThan(0.8);
    expect(fit.evidence.some((e) => e.code === 'under-budget')).toBe(true);
  });

  it('lists a hard-constraint violation and caps fit low', () => {
    const fit = scoreFit(evidenceFor(shoeOffer({ product: { attributes: { size_eu: 42, waterproof: true, terrain: 'trail', weight_g: 250 } } })));
    expect(fit.hardViolations).toHaveLength(1);
    expect(fit.hardViolations[0]).toMatchObject({ kind: 'constraint', attribute: 'size_eu', actual: '42' });
    expect(fit.score).toBeLessThanOrEqual(0.1);
    expect(fit.needsMet).toBe(3);
  });

  it('treats an attribute stated only as a claim as meeting a constraint, and a missing one as a violation', () => {
    const claimed = shoeOffer({
      product: { attributes: { size_eu: 43, terrain: 'trail' } },
      claims: [{ attribute: 'waterproof', asserted: true }],
    });
    expect(scoreFit(evidenceFor(claimed)).hardViolations).toEqual([]);
    const silent = shoeOffer({ product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const fit = scoreFit(evidenceFor(silent));
    expect(fit.hardViolations.map((v) => [v.attribute, v.actual])).toEqual([['waterproof', 'not stated']]);
  });

  it('makes over budget a hard violation and under budget a small bonus', () => {
    const over = scoreFit(evidenceFor(shoeOffer({ price: { amountMinor: 15_001, currency: 'EUR' } })));
    expect(over.hardViolations.map((v) => v.kind)).toEqual(['budget']);
    expect(over.score).toBeLessThanOrEqual(0.1);
    const cheap = scoreFit(evidenceFor(shoeOffer({ price: { amountMinor: 9_000, currency: 'EUR' } })));
    const atBudget = scoreFit(evidenceFor(shoeOffer({ price: { amountMinor: 15_000, currency: 'EUR' } })));
    expect(atBudget.hardViolations).toEqual([]);
    expect(cheap.score).toBeGreaterThan(atBudget.score);
    expect(cheap.score - atBudget.score).toBeLessThan(0.1);
  });

  it('makes a delivery after the deadline a hard violation', () => {
    const need = trailNeed({ deadline: '2026-11-27T23:59:59.000Z' });
    const late = scoreFit({ offer: shoeOffer({ terms: { deliveryDays: 6, returnDays: 30, warrantyMonths: 24 } }), need, now: NOW });
    expect(late.hardViolations.map((v) => v.kind)).toEqual(['deadline']);
    const onTime = scoreFit({ offer: shoeOffer({ terms: { deliveryDays: 2, returnDays: 30, warrantyMonths: 24 } }), need, now: NOW });
    expect(onTime.hardViolations).toEqual([]);
    expect(onTime.needsTotal).toBe(5);
  });

  it('weighs soft preferences on the range observed across the round, one value per party, the most extreme set aside', () => {
    const shoe = (brandId: string, weight_g: number, offerId = `${brandId}-o1`) => shoeOffer({ brandId, offerId, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g } } });
    const [light, lighter, mid, heavy] = [shoe('light', 240), shoe('lighter', 260), shoe('mid', 300), shoe('heavy', 360)];
    const market = { offers: [light, lighter, mid, heavy] };
    const scoreOf = (offer: typeof light, m: { offers: typeof market.offers }) => scoreFit(evidenceFor(offer, { market: m })).preferences[0]!;
    // The lightest party's 240 g and the heaviest's 360 g are set aside: the scale's ends are 260 g and 300 g.
    expect(scoreOf(light, market)).toMatchObject({ attribute: 'weight_g', score: 1, known: true });
    expect(scoreOf(lighter, market).score).toBe(1);
    expect(scoreOf(heavy, market).score).toBeCloseTo(260 / 360, 9);
    expect(scoreFit(evidenceFor(mid, { market })).score).toBeGreaterThan(scoreFit(evidenceFor(heavy, { market })).score);
    // A party claiming 1 g (in as many offers as it likes) is the one set aside: the end moves only as far as the
    // next party's value (240 g), never to its claim (which read every other shoe at about 0 before).
    const feather = [1, 2, 3].map((n) => shoe('feather', n, `feather-${n}`));
    const decoyed = { offers: [...market.offers, ...feather] };
    expect(scoreOf(heavy, decoyed).score).toBeCloseTo(240 / 360, 9);
    expect(scoreOf(mid, decoyed).score).toBeCloseTo(240 / 300, 9);
    expect(scoreOf(feather[0]!, decoyed).score).toBe(1);
  });

  it('reads the observed range for each need: an offer the need rules out sets no scale for it, even in a market read before', () => {
    const light = shoeOffer({ brandId: 'light', product: { attributes: { size_eu: 42, waterproof: true, terrain: 'trail', weight_g: 240 } } });
    const heavy = shoeOffer({ brandId: 'heavy', product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 360 } } });
    const market = { offers: [light, heavy] };
    // Any size: both offers can be bought, so the heavy one is read against the light one.
    const anySize = trailNeed({ hardConstraints: [{ attribute: 'terrain', op: 'eq', value: 'trail' }] });
    expect(scoreFit({ offer: heavy, need: anySize, now: NOW, market }).preferences[0]!.score).toBeCloseTo(240 / 360, 5);
    // Same currency and budget, but size 43 only: the light size-42 shoe is out, so it cannot make the heavy one look heavy.
    const size43 = trailNeed();
    expect(scoreFit({ offer: heavy, need: size43, now: NOW, market }).preferences[0]!.score).toBe(1);
  });

  it('reads offer pseudo-attributes and taxonomy enum order', () => {
    const need = trailNeed({
      softPreferences: [
        { attribute: 'return_days', direction: 'higher', value: 60, weight: 0.5 },
        { attribute: 'cushioning', direction: 'higher', weight: 0.5 },
      ],
    });
    const plush = shoeOffer({ terms: { deliveryDays: 3, returnDays: 60, warrantyMonths: 24 }, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', cushioning: 'plush' } } });
    const firm = shoeOffer({ terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', cushioning: 'firm' } } });
    const a = scoreFit({ offer: plush, need, now: NOW });
    const b = scoreFit({ offer: firm, need, now: NOW });
    expect(a.preferences.map((p) => p.score)).toEqual([1, 1]);
    expect(b.preferences.map((p) => p.score)).toEqual([0.5, 0]);
  });

  it('scores an unknown preference below a known good one', () => {
    const silent = shoeOffer({ product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail' } } });
    const fit = scoreFit(evidenceFor(silent));
    expect(fit.preferences[0]).toMatchObject({ known: false, score: 0.25 });
    expect(fit.evidence.some((e) => e.code === 'preference-unknown')).toBe(true);
  });
});
