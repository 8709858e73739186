// Red team 5 over real Streamable HTTP, the market cross-check: a seller with a clean record (one honest sale) that
// sends, beside its real offer, free "decoys" of an honest rival's products stating them worse, so that the rival's true
// claims are disputed. Attacks that worked on 7b33629 were fixed in the butler and are marked "(fixed)".
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { HOUR, coreOffers, openMarket, slyRanked, type Shopped } from './http-market.ts';

/** Trailco's offers' credibility (the probability its claims hold), by GTIN, and whether the market disputed any. */
const trailcoCredibility = (r: Shopped) =>
  Object.fromEntries(r.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => [x.offer.product.gtin, x.breakdown.claimsHold.toFixed(3)]));
const disputed = (r: Shopped) =>
  r.ranking.ranked.filter((x) => x.brandId === 'trailco').flatMap((x) => x.scores.honesty.evidence.filter((e) => e.code === 'claim-disputed-by-market'));

describe('decoys of a rival’s products, stated worse', () => {
  it('(fixed) do not dispute the rival’s true claims: an offer the person could not buy costs its seller nothing (on 7b33629: 0.800 → 0.716)', async () => {
    const m = await openMarket();
    const first = await m.shop();
    const rivals = first.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => x.offer);
    // One honest sale, reported as described: Sly's word now weighs in the cross-check.
    const bought = await m.buy(slyRanked(first)[0]!.offerId);
    expect(bought.kind).toBe('purchased');
    m.session.butler.reportOutcome((bought as Extract<typeof bought, { kind: 'purchased' }>).order.orderId, { text: 'Arrived on time, exactly as described.', satisfied: true });
    expect(m.session.trust.scoreOf('sly-shoes', m.now().getTime()).claimsChecked).toBeGreaterThan(0);
    m.advance(24 * HOUR);
    const before = await m.shop();
    expect(disputed(before)).toEqual([]);
    // Then its real offer comes with a decoy of each other Trailco shoe (Trailco's GTIN and data under Sly's SKU), "not waterproof".
    m.sly.script = {
      request_offers: async (args, core) => {
        const value = await coreOffers(args, core);
        const real = value.offers[0]!;
        const decoys = rivals
          .filter((t) => t.product.gtin !== real.product.gtin)
          .map((t, i): Offer => ({ ...real, offerId: `${real.offerId}-d${i}`, product: { ...t.product, sku: `SLY-D${i}`, attributes: { ...t.product.attributes, waterproof: false } }, claims: [] }));
        expect(decoys.length).toBeGreaterThan(0);
        return { value: { ...value, offers: [real, ...decoys] } };
      },
    };
    m.advance(HOUR);
    const after = await m.shop();
    // The decoys are not buyable (the person needs waterproof shoes)…
    expect(after.ranking.excluded.filter((x) => x.brandId === 'sly-shoes').flatMap((x) => x.reasons.map((r) => r.code))).toContain('hard-constraint');
    // …and say nothing against Trailco's claims.
    expect(disputed(after)).toEqual([]);
    expect(trailcoCredibility(after)).toEqual(trailcoCredibility(before));
  }, 30_000);
});
