import { describe, expect, it } from 'vitest';
import { scoreHonesty, type BrandTrustView } from '../../agent/scoring/index.ts';
import { evidenceFor, shoeOffer, trustView } from './scoring-fixtures.ts';

// The market cross-check hears parties, not connection entries: identities the person's record links are one party.
describe('market consensus by party', () => {
  const shoe = (brandId: string, weight_g: number) => shoeOffer({ brandId, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g } } });
  // Sly says its shoe weighs 150 g; Trailco, established, sells the same GTIN at 330 g; "sly-outlet", with a longer
  // clean record, says 150 g too.
  const liar = shoe('sly', 150);
  const offers = [liar, shoe('trailco', 330), shoe('sly-outlet', 150)];
  const standing = (linked: boolean) => {
    const views: Record<string, BrandTrustView> = {
      trailco: trustView(0.8),
      sly: { ...trustView(0.9, 0, 20), linkedIdentities: linked ? ['endpoint:sly', 'sly-outlet'] : [] },
      'sly-outlet': { ...trustView(0.95, 0, 40), linkedIdentities: linked ? ['endpoint:sly', 'sly'] : [] },
    };
    return (brandId: string) => views[brandId];
  };
  const disputed = (linked: boolean) =>
    scoreHonesty(evidenceFor(liar, { market: { offers, standingOf: standing(linked) } })).evidence.filter((e) => e.code === 'claim-disputed-by-market' && e.attribute === 'weight_g');

  it('a twin of the offer\'s own party cannot vouch for it against another seller', () => {
    // As separate sellers, the outlet's agreement outweighs Trailco's dissent: the claim stands (the lever).
    expect(disputed(false)).toEqual([]);
    // Linked (one endpoint under two entries), the outlet is Sly speaking for itself: Trailco's dissent counts.
    expect(disputed(true)).toHaveLength(1);
  });

  it('two entries of one other party dissent as one seller', () => {
    const honest = shoe('trailco', 330);
    const market = (linked: boolean) => ({ offers: [honest, shoe('sly', 380), shoe('sly-outlet', 380)], standingOf: standing(linked) });
    const impact = (linked: boolean) =>
      scoreHonesty(evidenceFor(honest, { market: market(linked) })).evidence.find((e) => e.code === 'claim-disputed-by-market' && e.attribute === 'weight_g');
    const apart = impact(false);
    const together = impact(true);
    expect(apart?.data).toMatchObject({ sellers: 2 });
    expect(together?.data).toMatchObject({ sellers: 1 });
    expect(Math.abs(together!.impact)).toBeLessThan(Math.abs(apart!.impact));
  });
});
