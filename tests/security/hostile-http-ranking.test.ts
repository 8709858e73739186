// Red team over real Streamable HTTP, the ranking side: what a hostile brand's offers can do to how the butler values
// the other offers of a request (http-market.ts). Attacks that worked on dea7595 were fixed in the butler and are
// marked "(fixed)".
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { coreOffers, openMarket } from './http-market.ts';

/** Sly's lighter shoe (200 g) at 230 EUR, and with `decoy` the same shoe as a "deluxe" sku at 499 EUR it does not mean to sell. */
async function rankLight(decoy: boolean) {
  const m = await openMarket({
    price: 23_000,
    script: {
      request_offers: async (args, core) => {
        const value = await coreOffers(args, core);
        const real: Offer = { ...value.offers[0]!, product: { ...value.offers[0]!.product, attributes: { ...value.offers[0]!.product.attributes, weight_g: 200 } } };
        const offers = [real];
        if (decoy) offers.push({ ...real, offerId: `${real.offerId}-deluxe`, product: { ...real.product, sku: 'SLY:deluxe' }, price: { amountMinor: 49_900, currency: 'EUR' } });
        return { value: { ...value, offers } };
      },
      counter_offer: () => ({ toolError: 'no haggling' }),
    },
  });
  const understood = await m.session.needEngine.understand('light waterproof trail shoes size 43');
  if (understood.kind !== 'need') throw new Error('not understood');
  expect(understood.need.budget).toBeUndefined();
  return (await m.session.butler.shop(understood.need)).ranking;
}

describe('a dear decoy beside a real offer, when the person gave no budget', () => {
  it('(fixed) does not set the money scale: the recommendation stays the one without the decoy', async () => {
    const plain = await rankLight(false);
    // Without the decoy, Trailco's heavier shoes at about 148 EUR beat Sly's lighter one at 230 EUR.
    expect(plain.ranked[0]?.brandId).toBe('trailco');
    // On dea7595 the 499 EUR decoy became everyone's worth (the dearest eligible offer), so the lighter shoe's match
    // was worth more than the 82 EUR price gap and Sly's 230 EUR offer was recommended.
    const decoyed = await rankLight(true);
    expect(decoyed.ranked[0]?.brandId).toBe('trailco');
    expect(decoyed.ranked[0]?.offer.price.amountMinor).toBe(plain.ranked[0]?.offer.price.amountMinor);
    const order = (r: typeof plain) => r.ranked.filter((x) => x.offer.product.sku !== 'SLY:deluxe').map((x) => `${x.brandId}:${x.offer.product.sku}`);
    expect(order(decoyed)).toEqual(order(plain));
  });
});

/** Sly's heavy shoe (600 g) at 120 EUR, and with `decoy` a "1 g" shoe in size 44, which no one asking for 43 can buy. */
async function rankLightWithBudget(decoy: boolean) {
  const m = await openMarket({
    price: 12_000,
    script: {
      request_offers: async (args, core) => {
        const value = await coreOffers(args, core);
        const real: Offer = { ...value.offers[0]!, product: { ...value.offers[0]!.product, attributes: { ...value.offers[0]!.product.attributes, weight_g: 600 } } };
        const offers = [real];
        if (decoy) offers.push({ ...real, offerId: `${real.offerId}-feather`, product: { ...real.product, sku: 'SLY:feather', attributes: { ...real.product.attributes, size_eu: 44, weight_g: 1 } } });
        return { value: { ...value, offers } };
      },
      counter_offer: () => ({ toolError: 'no haggling' }),
    },
  });
  const understood = await m.session.needEngine.understand('light waterproof trail shoes size 43 under 250 euros');
  if (understood.kind !== 'need') throw new Error('not understood');
  return (await m.session.butler.shop(understood.need)).ranking;
}

describe('an unbuyable decoy with an extreme value', () => {
  it('(fixed) does not set the scale a preference is read on: the lighter shoes keep their lead', async () => {
    const plain = await rankLightWithBudget(false);
    expect(plain.ranked[0]?.brandId).toBe('trailco');
    const sly = plain.ranked.find((x) => x.brandId === 'sly-shoes')!;
    // On dea7595 the 1 g decoy (excluded: it misses the size) read every shoe's weight against 1 g: every match fell
    // to about 0, the person's "light" counted for nothing, and Sly's heavy 120 EUR shoe was recommended.
    const decoyed = await rankLightWithBudget(true);
    expect(decoyed.excluded.find((x) => x.offer.product.sku === 'SLY:feather')?.reasons.map((r) => r.code)).toContain('hard-constraint');
    expect(decoyed.ranked[0]?.brandId).toBe('trailco');
    expect(decoyed.ranked.find((x) => x.brandId === 'sly-shoes')?.breakdown.preferenceMatch).toBeCloseTo(sly.breakdown.preferenceMatch, 9);
    // The same offers in the same order (named by seller, product and price: each market is a new install, whose brands
    // are asked under ids of their own, so the offer ids differ).
    const offers = (r: typeof plain) => r.ranked.map((x) => `${x.brandId}:${x.offer.product.sku}:${x.offer.price.amountMinor}`);
    expect(offers(decoyed)).toEqual(offers(plain));
  });
});
