// Red team 29 over real Streamable HTTP, the market cross-check: a seller with a clean record (one honest sale) that
// competes for the sale sends, beside its real offer, "decoys" of an honest rival's shoes stating them heavier. Since
// round 5 a decoy missing the need's hard constraints says nothing; but the cross-check read "could be bought" as the
// category and the hard constraints alone, while the ranking and the purchase also refuse an offer that has expired,
// costs more than the budget, or misses the deadline: a decoy meeting the constraints but expired (or priced above the
// budget) could never be bought, so never held to what it says, and still disputed the rival's true weight.
import { describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { HOUR, coreOffers, openMarket, type Market, type Shopped } from './http-market.ts';

/** Trailco's offers' credibility (the probability its claims hold), by GTIN. */
const trailcoCredibility = (r: Shopped) =>
  Object.fromEntries(r.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => [x.offer.product.gtin, x.breakdown.claimsHold.toFixed(3)]));
const disputed = (r: Shopped) =>
  r.ranking.ranked.filter((x) => x.brandId === 'trailco').flatMap((x) => x.scores.honesty.evidence.filter((e) => e.code === 'claim-disputed-by-market').map((e) => e.attribute));

/** The HTTP market, a need that prefers light shoes (and `extra` words), and Sly established by one sale reported as described. */
async function establishedSly(extra = ''): Promise<{ m: Market; need: Need; rivals: Offer[]; shop: () => Promise<Shopped> }> {
  const m = await openMarket();
  const understood = await m.session.needEngine.understand(`light waterproof trail shoes size 43${extra}`);
  if (understood.kind !== 'need') throw new Error('not understood');
  const need = understood.need;
  expect(need.softPreferences.map((p) => p.attribute)).toContain('weight_g');
  const shop = () => m.session.butler.shop(need);
  const first = await shop();
  const rivals = first.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => x.offer);
  const slyBest = first.ranking.ranked.find((x) => x.brandId === 'sly-shoes')!;
  const bought = await m.buy(slyBest.offer.offerId);
  expect(bought.kind).toBe('purchased');
  m.session.butler.reportOutcome((bought as Extract<typeof bought, { kind: 'purchased' }>).order.orderId, { text: 'Arrived on time, exactly as described.', satisfied: true });
  expect(m.session.trust.scoreOf('sly-shoes', m.now().getTime()).claimsChecked).toBeGreaterThan(0);
  m.advance(24 * HOUR);
  return { m, need, rivals, shop };
}

/** Sly's real offer, then a copy of each other Trailco shoe under a Sly SKU, 150 g heavier, rewritten by `decoy`. */
function withHeavierCopies(m: Market, rivals: readonly Offer[], decoy: (offer: Offer) => Offer) {
  m.sly.script = {
    request_offers: async (args, core) => {
      const value = await coreOffers(args, core);
      const real = value.offers[0]!;
      const copies = rivals
        .filter((t) => t.product.gtin !== real.product.gtin)
        .map((t, i): Offer => decoy({ ...real, offerId: `${real.offerId}-d${i}`, product: { ...t.product, sku: `SLY-D${i}`, attributes: { ...t.product.attributes, weight_g: Number(t.product.attributes.weight_g) + 150 } }, claims: [] }));
      expect(copies.length).toBeGreaterThan(0);
      return { value: { ...value, offers: [real, ...copies] } };
    },
  };
}

describe('decoys of a rival’s products that meet the constraints but can never be bought', () => {
  it('(fixed) an expired copy stating the rival’s shoe heavier does not dispute the rival’s weight', async () => {
    const { m, rivals, shop } = await establishedSly();
    const before = await shop();
    expect(disputed(before)).toEqual([]);
    withHeavierCopies(m, rivals, (o) => ({ ...o, validUntil: new Date(m.now().getTime() - 60_000).toISOString() }));
    m.advance(HOUR);
    const after = await shop();
    // The copies meet every constraint but expired before they were scored: the purchase would refuse them…
    const excluded = after.ranking.excluded.filter((x) => x.brandId === 'sly-shoes').flatMap((x) => x.reasons.map((r) => r.code));
    expect(excluded).toContain('expired');
    // …so they say nothing against Trailco's statements (on main: weight_g disputed, credibility 0.800 → lower).
    expect(disputed(after)).toEqual([]);
    expect(trailcoCredibility(after)).toEqual(trailcoCredibility(before));
  }, 60_000);

  it('(fixed) a copy priced above the person’s budget does not dispute it either', async () => {
    const { m, rivals, shop } = await establishedSly(' under 200 euros');
    const before = await shop();
    expect(disputed(before)).toEqual([]);
    withHeavierCopies(m, rivals, (o) => ({ ...o, price: { amountMinor: 99_900, currency: 'EUR' } }));
    m.advance(HOUR);
    const after = await shop();
    expect(after.ranking.excluded.filter((x) => x.brandId === 'sly-shoes').flatMap((x) => x.reasons.map((r) => r.code))).toContain('over-budget');
    expect(disputed(after)).toEqual([]);
    expect(trailcoCredibility(after)).toEqual(trailcoCredibility(before));
  }, 60_000);

  it('honest case: the same statement in copies the person could buy still disputes the rival’s weight (its seller is held to it)', async () => {
    const { m, rivals, shop } = await establishedSly();
    const before = await shop();
    withHeavierCopies(m, rivals, (o) => o);
    m.advance(HOUR);
    const after = await shop();
    expect(disputed(after)).toContain('weight_g');
    const was = trailcoCredibility(before);
    expect(Object.entries(trailcoCredibility(after)).some(([gtin, p]) => Number(p) < Number(was[gtin!]))).toBe(true);
  }, 60_000);
});
