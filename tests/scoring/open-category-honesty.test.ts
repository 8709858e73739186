import { describe, expect, it } from 'vitest';
import { scoreHonesty, type BrandTrustView, type ScoringNeed } from '../../agent/scoring/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { NOW, shoeOffer } from './scoring-fixtures.ts';

// A deceptive brand's claim that contradicts its own product data ("new" for a product its data says is refurbished,
// "cordless" for a corded one) is caught in a category nobody wrote code for exactly as in the built-in ones.

const codes = (items: ReadonlyArray<{ code: string }>) => items.map((i) => i.code);

function established(expected = 0.95, checks = 8): BrandTrustView {
  const uncertainty = 0.1;
  return { trust: expected, uncertainty, honesty: { belief: expected - uncertainty / 2, disbelief: 1 - expected - uncertainty / 2, uncertainty, expected, score: expected }, estimatedHonesty: expected, claimsChecked: checks, claimsFailed: 0 };
}

/** A vacuum (Google 619) offer: open category, attributes from a declared schema. */
function vacuumOffer(brandId: string, attributes: Offer['product']['attributes'], claims: Offer['claims'] = []): Offer {
  return shoeOffer({
    brandId,
    claims,
    price: { amountMinor: 11_900, currency: 'EUR' },
    product: { sku: `${brandId}-bgls2`, gtin: '8728319679114', title: 'Bosch Serie 2 BGLS2LW1 vacuum cleaner', maker: 'Bosch', category: '619', attributes },
  });
}

const vacuumNeed: ScoringNeed = {
  category: '619',
  hardConstraints: [{ attribute: 'cordless', op: 'eq', value: true }, { attribute: 'condition', op: 'eq', value: 'new' }],
  softPreferences: [{ attribute: 'noise_db', direction: 'lower', weight: 0.7 }],
  quantity: 1,
  budget: { amountMinor: 20_000, currency: 'EUR' },
  currency: 'EUR',
};

/** The honesty findings on one offer, scored alone. */
const findingsOn = (offer: Offer, need: ScoringNeed) => scoreHonesty({ offer, need, now: NOW }).evidence;

const TRUE_VACUUM = { vacuum_type: 'canister', cordless: false, noise_db: 80, condition: 'refurbished' } as const;

describe('a claim contradicting the brand’s own product data, in an open category', () => {
  it('is found for an enum, a negated value, a boolean and a number, as in a built-in category', () => {
    const cases: Array<[Offer['claims'][number], string]> = [
      [{ attribute: 'condition', asserted: 'new' }, 'refurbished'],
      [{ attribute: 'condition', asserted: 'not refurbished' }, 'refurbished'],
      [{ attribute: 'condition', asserted: 'non reconditionné' }, 'refurbished'],
      [{ attribute: 'cordless', asserted: true }, 'no'],
      [{ attribute: 'noise_db', asserted: 64 }, '80'],
    ];
    for (const [claim, says] of cases) {
      const finding = findingsOn(vacuumOffer('aspiro', { ...TRUE_VACUUM }, [claim]), vacuumNeed).find((i) => i.code === 'claim-contradicts-product');
      expect(finding, JSON.stringify(claim)).toMatchObject({ attribute: claim.attribute, effect: 'undermines' });
      expect(finding!.detail).toContain(says);
    }
    // The same kind of lie in a built-in category weighs the same.
    const builtin = findingsOn(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } }), { ...vacuumNeed, category: 'running-shoes' }).find((i) => i.code === 'claim-contradicts-product');
    const open = findingsOn(vacuumOffer('aspiro', { ...TRUE_VACUUM }, [{ attribute: 'cordless', asserted: true }]), vacuumNeed).find((i) => i.code === 'claim-contradicts-product');
    expect(open!.impact).toBe(builtin!.impact);
  });

  it('lowers the offer’s honesty and counts as a contradiction in the score, as in a built-in category', () => {
    const truthful = scoreHonesty({ offer: vacuumOffer('aspiro', { ...TRUE_VACUUM }), need: vacuumNeed, now: NOW });
    const lying = scoreHonesty({ offer: vacuumOffer('aspiro', { ...TRUE_VACUUM }, [{ attribute: 'condition', asserted: 'new' }]), need: vacuumNeed, now: NOW });
    expect(codes(lying.evidence)).toContain('claim-contradicts-product');
    expect(lying.probability).toBeLessThan(truthful.probability);
    const shoeTruthful = scoreHonesty({ offer: shoeOffer({ product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } }), need: { ...vacuumNeed, category: 'running-shoes' }, now: NOW });
    const shoeLying = scoreHonesty({ offer: shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } }), need: { ...vacuumNeed, category: 'running-shoes' }, now: NOW });
    expect(lying.contradictions).toBe(shoeLying.contradictions);
    expect(truthful.probability - lying.probability).toBeCloseTo(shoeTruthful.probability - shoeLying.probability, 6);
  });

  it('a lie written into the product data itself is disputed by established sellers of the same GTIN', () => {
    const liar = vacuumOffer('aspiro', { ...TRUE_VACUUM, cordless: true, condition: 'new' }, [{ attribute: 'cordless', asserted: true }]);
    const honest = vacuumOffer('maison', { ...TRUE_VACUUM });
    const alone = scoreHonesty({ offer: liar, need: vacuumNeed, now: NOW, market: { offers: [liar] } });
    const checked = scoreHonesty({ offer: liar, need: vacuumNeed, now: NOW, market: { offers: [liar, honest], standingOf: (id) => (id === 'maison' ? established() : undefined) } });
    const disputed = checked.evidence.filter((e) => e.code === 'claim-disputed-by-market').map((e) => e.attribute).sort();
    expect(disputed).toEqual(['condition', 'cordless']);
    expect(checked.probability).toBeLessThan(alone.probability);
    // Without a track record the other seller is named but carries no weight — in every category alike.
    const unweighed = scoreHonesty({ offer: liar, need: vacuumNeed, now: NOW, market: { offers: [liar, honest] } });
    expect(codes(unweighed.evidence)).toContain('claim-disputed-without-weight');
  });
});
