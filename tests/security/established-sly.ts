// The set-up of the market cross-check attacks of round 29 over real Streamable HTTP: Trailco (built in) and Sly, whose
// word weighs in the cross-check after one honest sale, and the copies of Trailco's shoes Sly sends to run them down.
import { expect } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { HOUR, coreOffers, openMarket, type Market, type Shopped } from './http-market.ts';

/** Trailco's offers' credibility (the probability its claims hold), by GTIN. */
export const trailcoCredibility = (r: Shopped) =>
  Object.fromEntries(r.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => [x.offer.product.gtin, x.breakdown.claimsHold.toFixed(3)]));
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
  let bought = await m.buy(slyBest.offer.offerId);
  // On a loaded machine the shop can leave Sly's pooled connection idle past the server's keep-alive, and the order's
  // fetch then fails before reaching it (nothing ordered, nothing held): ordered again, as the person would.
  if (bought.kind === 'failed' && !m.sly.calls.some((c) => c.tool === 'place_order')) bought = await m.buy(slyBest.offer.offerId);
  expect(bought.kind).toBe('purchased');
  m.session.butler.reportOutcome((bought as Extract<typeof bought, { kind: 'purchased' }>).order.orderId, { text: 'Arrived on time, exactly as described.', satisfied: true });
  expect(m.session.trust.scoreOf('sly-shoes', m.now().getTime()).claimsChecked).toBeGreaterThan(0);
  m.advance(24 * HOUR);
  return { m, need, rivals, shop };
}

/**
 * Sly's real offer, then a copy of each other Trailco shoe under a Sly SKU, 150 g heavier, rewritten by `decoy`; with
 * `followUpOnly`, the copies come only in its answer to "anything cheaper?" (a brief whose one wish is the price).
 */
export function withHeavierCopies(m: Market, rivals: readonly Offer[], decoy: (offer: Offer) => Offer, followUpOnly = false) {
  m.sly.script = {
    request_offers: async (args, core) => {
      const value = await coreOffers(args, core);
      const followUp = ((args.softPreferences ?? []) as Array<{ attribute: string }>).some((p) => p.attribute === 'price');
      if (followUpOnly && !followUp) return { value };
      const real = value.offers[0]!;
      const copies = rivals
        .filter((t) => t.product.gtin !== real.product.gtin)
        .map((t, i): Offer => decoy({ ...real, offerId: `${real.offerId}-d${i}`, product: { ...t.product, sku: `SLY-D${i}`, attributes: { ...t.product.attributes, weight_g: Number(t.product.attributes.weight_g) + 150 } }, claims: [] }));
      expect(copies.length).toBeGreaterThan(0);
      return { value: { ...value, offers: [real, ...copies] } };
    },
  };
}
