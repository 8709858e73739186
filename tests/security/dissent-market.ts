// The market of the cross-check red-team tests over real Streamable HTTP: the honest Trailco beside a hostile seller
// (Sly) established by one honest sale, and Sly's copies of Trailco's shoes stating them 150 g heavier.
import { expect } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { HOUR, coreOffers, openMarket, type Market, type Shopped } from './http-market.ts';

/** Trailco's offers' credibility (the probability its claims hold), by GTIN. */
export const trailcoCredibility = (r: Shopped) =>
  Object.fromEntries(r.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => [x.offer.product.gtin, x.breakdown.claimsHold.toFixed(3)]));

/** The attributes of Trailco's ranked offers the market disputes. */
export const disputed = (r: Shopped) =>
  r.ranking.ranked.filter((x) => x.brandId === 'trailco').flatMap((x) => x.scores.honesty.evidence.filter((e) => e.code === 'claim-disputed-by-market').map((e) => e.attribute));

/** The HTTP market, a need that prefers light shoes (and `extra` words), and Sly established by one sale reported as described. */
export async function establishedSly(extra = ''): Promise<{ m: Market; need: Need; rivals: Offer[]; shop: () => Promise<Shopped> }> {
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

/**
 * Sly's answers from now on: its real offer, then a copy of each other Trailco shoe under a Sly SKU, 150 g heavier,
 * rewritten by `decoy`; `answer` chooses per brief what is sent (the real offer alone, both, or the copies alone).
 * Returns how many copies were sent.
 */
export function withHeavierCopies(
  m: Market,
  rivals: readonly Offer[],
  decoy: (offer: Offer) => Offer,
  answer: (brief: Record<string, unknown>) => 'real' | 'real-and-copies' | 'copies' = () => 'real-and-copies',
): { sent: number } {
  const copiesSent = { sent: 0 };
  m.sly.script = {
    request_offers: async (args, core) => {
      const value = await coreOffers(args, core);
      const sent = answer(args);
      if (sent === 'real') return { value };
      const real = value.offers[0]!;
      const copies = rivals
        .filter((t) => t.product.gtin !== real.product.gtin)
        .map((t, i): Offer => decoy({ ...real, offerId: `${real.offerId}-d${i}`, product: { ...t.product, sku: `SLY-D${i}`, attributes: { ...t.product.attributes, weight_g: Number(t.product.attributes.weight_g) + 150 } }, claims: [] }));
      expect(copies.length).toBeGreaterThan(0);
      copiesSent.sent += copies.length;
      return { value: { ...value, offers: sent === 'copies' ? copies : [real, ...copies] } };
    },
  };
  return copiesSent;
}

/** Trailco's claims as the market read them before Sly's copies (`before`) are read the same after them. */
export function expectUndisputed(before: Shopped, after: Shopped): void {
  expect(disputed(after)).toEqual([]);
  expect(trailcoCredibility(after)).toEqual(trailcoCredibility(before));
}

/** After Sly's copies the market disputes Trailco's weight, and one of its offers' credibility fell. */
export function expectWeightDisputed(before: Shopped, after: Shopped): void {
  expect(disputed(after)).toContain('weight_g');
  const was = trailcoCredibility(before);
  expect(Object.entries(trailcoCredibility(after)).some(([gtin, p]) => Number(p) < Number(was[gtin!]))).toBe(true);
}
