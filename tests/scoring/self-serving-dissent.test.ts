import { describe, expect, it } from 'vitest';
import { scoreHonesty } from '../../agent/scoring/index.ts';
import { evidenceFor, shoeOffer, trailNeed, trustView } from './scoring-fixtures.ts';

/** An established seller with a clean record (weight in the market check). */
const standingOf = () => trustView(0.8);
const disputed = (items: ReadonlyArray<{ code: string; attribute?: string | undefined }>) => items.filter((i) => i.code === 'claim-disputed-by-market').map((i) => i.attribute);

// The need (tests/scoring/scoring-fixtures.ts): trail shoes, size 43, waterproof, lighter preferred (weight_g, lower).
describe('market disagreement counts only against interest', () => {
  it("a seller of the same GTIN that says its own is lighter does not undermine the honest seller's heavier figure", () => {
    const honest = shoeOffer({ brandId: 'trailco', product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 290 } } });
    const puffer = shoeOffer({ brandId: 'puffer', product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 240 } } });
    const alone = scoreHonesty(evidenceFor(honest, { market: { offers: [honest], standingOf } }));
    const beside = scoreHonesty(evidenceFor(honest, { market: { offers: [honest, puffer], standingOf } }));
    expect(disputed(beside.evidence)).toEqual([]);
    expect(beside.probability).toBe(alone.probability);
  });

  it('the seller that says the same product is lighter than another established seller says is the one whose claim is doubted', () => {
    const honest = shoeOffer({ brandId: 'trailco', product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 290 } } });
    const puffer = shoeOffer({ brandId: 'puffer', product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 240 } } });
    const alone = scoreHonesty(evidenceFor(puffer, { market: { offers: [puffer], standingOf } }));
    const beside = scoreHonesty(evidenceFor(puffer, { market: { offers: [puffer, honest], standingOf } }));
    expect(disputed(beside.evidence)).toEqual(['weight_g']);
    expect(beside.probability).toBeLessThan(alone.probability);
    // About the claim, never the brand.
    expect(beside.contradictions).toBe(0);
  });

  it('a seller saying its own offer of the GTIN misses a constraint (against its interest) still counts, as before', () => {
    const claimant = shoeOffer({ brandId: 'soggy' });
    const modest = shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail', weight_g: 290 } } });
    const beside = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant, modest], standingOf } }));
    expect(disputed(beside.evidence)).toEqual(['waterproof']);
  });

  it('a seller that competes for the sale with a buyable offer is not heard on a decoy of the rival’s GTIN that misses the need', () => {
    const claimant = shoeOffer({ brandId: 'trailco' });
    // Alpha's real offer: another shoe the person could buy. Its decoy: trailco's GTIN, "not waterproof" (unbuyable, free).
    const real = shoeOffer({ brandId: 'alpha', offerId: 'alpha-real', product: { sku: 'alpha-real', gtin: '0000000000017' } });
    const decoy = shoeOffer({ brandId: 'alpha', offerId: 'alpha-decoy', product: { sku: 'alpha-decoy', attributes: { size_eu: 43, waterproof: false, terrain: 'trail', weight_g: 290 } } });
    const alone = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant, real], standingOf } }));
    const beside = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant, real, decoy], standingOf } }));
    expect(disputed(beside.evidence)).toEqual([]);
    expect(beside.probability).toBe(alone.probability);
    // Its buyable offers still speak: the same statement in an offer it can be held to disputes the claim.
    const heldTo = shoeOffer({ brandId: 'alpha', offerId: 'alpha-held', product: { sku: 'alpha-held', attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 340 } } });
    const weighed = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant, real, heldTo], standingOf } }));
    expect(disputed(weighed.evidence)).toEqual(['weight_g']);
  });
});

// Values are compared for the person in the form they are matched in (numbers from numeric text, booleans from yes / no):
// a figure written as text is the same figure, so it can neither dodge a dispute nor slip a puffed value past the rule.
describe('market disagreement: a figure written as text', () => {
  const capped = () => trailNeed({ hardConstraints: [...trailNeed().hardConstraints, { attribute: 'weight_g', op: 'lte', value: 300 }] });

  it('a liar restating its puffed weight as text ("240") is still disputed by the honest sellers of the same GTIN', () => {
    // Fit reads the product's 240 (it meets weight_g <= 300); the statement read by the cross-check is the claim, "240".
    const liar = shoeOffer({ brandId: 'liar', claims: [{ attribute: 'weight_g', asserted: '240' }], product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 240 } } });
    const honest = shoeOffer({ brandId: 'trailco' });
    const result = scoreHonesty({ ...evidenceFor(liar, { market: { offers: [liar, honest], standingOf } }), need: capped() });
    expect(disputed(result.evidence)).toEqual(['weight_g']);
  });

  it("a seller writing its puffed weight as text does not undermine the honest seller's figure either", () => {
    const honest = shoeOffer({ brandId: 'trailco' });
    const puffer = shoeOffer({ brandId: 'puffer', claims: [{ attribute: 'weight_g', asserted: '240' }], product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 240 } } });
    for (const need of [trailNeed(), capped()]) {
      const alone = scoreHonesty({ ...evidenceFor(honest, { market: { offers: [honest], standingOf } }), need });
      const beside = scoreHonesty({ ...evidenceFor(honest, { market: { offers: [honest, puffer], standingOf } }), need });
      expect(disputed(beside.evidence)).toEqual([]);
      expect(beside.probability).toBe(alone.probability);
    }
  });
});

// Round 29: "could be bought" is the ranking's and the purchase's reading (every hard violation: expiry, budget,
// deadline, units, currency), not the constraints alone. A copy of the rival's GTIN meeting every constraint, but one
// the person could never buy, is never held to what it says: from a party competing for the sale, it says nothing.
describe('market disagreement: a competing party’s copy the person could never buy', () => {
  const claimant = shoeOffer({ brandId: 'trailco' });
  const real = shoeOffer({ brandId: 'alpha', offerId: 'alpha-real', product: { sku: 'alpha-real', gtin: '0000000000017' } });
  const heavier = { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 440 };
  const copies: Record<string, Parameters<typeof shoeOffer>[0]> = {
    expired: { validUntil: '2026-11-23T09:59:00.000Z' },
    'over the budget': { price: { amountMinor: 99_900, currency: 'EUR' } },
    'in another currency': { price: { amountMinor: 12_900, currency: 'USD' } },
    'too few units': { quantity: 1 },
    'too late': { terms: { deliveryDays: 30, returnDays: 30, warrantyMonths: 24 } },
  };
  const needFor = (reason: string) =>
    reason === 'too few units' ? trailNeed({ quantity: 2 }) : reason === 'too late' ? trailNeed({ deadline: '2026-11-30T10:00:00.000Z' }) : trailNeed();

  for (const [reason, change] of Object.entries(copies)) {
    it(`a copy ${reason} does not dispute the rival’s weight`, () => {
      const need = needFor(reason);
      // Two units needed: the rival and alpha's real offer sell two; the copy one.
      const units = (o: typeof claimant) => (reason === 'too few units' ? { ...o, quantity: 2 } : o);
      const rival = units(claimant);
      const buyable = units(real);
      const copy = shoeOffer({ brandId: 'alpha', offerId: 'alpha-copy', ...change, product: { sku: 'alpha-copy', attributes: heavier } });
      const alone = scoreHonesty({ ...evidenceFor(rival, { market: { offers: [rival, buyable], standingOf } }), need });
      const beside = scoreHonesty({ ...evidenceFor(rival, { market: { offers: [rival, buyable, copy], standingOf } }), need });
      expect(disputed(beside.evidence)).toEqual([]);
      expect(beside.probability).toBe(alone.probability);
    });
  }

  it('honest case: a party whose only offer of the GTIN has expired still says so against its interest', () => {
    const copy = shoeOffer({ brandId: 'alpha', offerId: 'alpha-copy', ...copies.expired, product: { sku: 'alpha-copy', attributes: heavier } });
    const beside = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant, copy], standingOf } }));
    expect(disputed(beside.evidence)).toEqual(['weight_g']);
  });
});
