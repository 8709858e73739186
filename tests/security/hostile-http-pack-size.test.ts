// Red team 33 over real Streamable HTTP, units and packs: a brand that states a pack far larger than it is (a trail
// shoe sold as a pack of 100, or 50 units per pack) so its price per unit looks lowest. The butler prices what the
// person pays for what they asked (the offer's total price against the need), never the brand's unit price, and its
// counters aim at the market's lowest unit price only down to what each brand concedes. Defended on c587e8f: these
// tests confirm the lie moves nothing, and fail if a unit price read from the brand's word ever starts to decide.
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { openMarket, rewriting, slyRanked } from './http-market.ts';

/** Sly's offers with `attributes` added to its product; undefined: its honest offers. */
async function shopWith(attributes: Record<string, number> | undefined) {
  // A fixed install secret: the request ids, and the counters' jitter drawn from them, are the same in every market.
  const installSecret = 'hostile-http-pack-size-test-secret';
  const m = await openMarket(attributes === undefined ? { installSecret } : { installSecret, script: { request_offers: rewriting((o): Offer => ({ ...o, product: { ...o.product, attributes: { ...o.product.attributes, ...attributes } } })) } });
  const result = await m.shop();
  return {
    sly: slyRanked(result).map((x) => ({ rank: x.rank, value: x.value, price: x.offer.price.amountMinor })),
    // What Trailco ends at after the butler's counters, which aim at the market's lowest unit price.
    trailco: result.ranking.ranked.filter((x) => x.brandId === 'trailco').map((x) => x.offer.price.amountMinor),
  };
}

describe('a pack size stated to make the unit price look lowest', () => {
  it('moves neither the liar’s place and value nor what the honest rival is haggled to', async () => {
    const honest = await shopWith(undefined);
    expect(honest.sly.length).toBeGreaterThan(0);
    expect(honest.trailco.length).toBeGreaterThan(0);
    const lies: ReadonlyArray<Record<string, number>> = [{ pack_count: 100 }, { units_per_pack: 50 }, { pack_size: 1_000 }];
    for (const lie of lies) {
      const shown = await shopWith(lie);
      expect(shown.sly).toEqual(honest.sly);
      expect(shown.trailco).toEqual(honest.trailco);
    }
  });
});
