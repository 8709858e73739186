import { describe, expect, it } from 'vitest';
import { createStrategyBrand, loadReferenceMarket, settleDelivery } from '../../brand-agent/reference/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { trailShoes43 } from './briefs.ts';
import { DirectBrand, NOW } from './harness.ts';

const LATER = new Date(NOW.getTime() + 30 * 86_400_000);
const market = loadReferenceMarket();

/** Trailco's running shoes, priced at `share` of the maker's RRP. */
function pricedAt(share: number): CatalogEntry[] {
  return market.catalogOf('trailco').map((e) => {
    if (!e.rrp) throw new Error(`no RRP for ${e.product.sku}`);
    return { ...e, price: { amountMinor: Math.round(e.rrp.amountMinor * share), currency: e.rrp.currency } };
  });
}

function honestBrand(catalog: CatalogEntry[], params: Record<string, unknown> = {}) {
  return new DirectBrand(createStrategyBrand({ id: 'trailco', name: 'Trailco Sale', strategy: 'honest', params, catalog, categories: ['running-shoes'] }));
}

describe('honest brands can show the maker\'s RRP (showRrp)', () => {
  it('reference catalogs carry the maker\'s RRP', () => {
    expect(market.catalogOf('trailco').every((e) => e.rrp !== undefined && e.rrp.amountMinor > 0)).toBe(true);
  });

  it('below the RRP, each offer carries the RRP as a true reference price, and delivery finds it held', async () => {
    const brand = honestBrand(pricedAt(0.8), { showRrp: true });
    const offers = (await brand.request({ ...trailShoes43(), quantity: 2 })).offers as Offer[];
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      const rrp = market.catalogOf('trailco').find((e) => e.product.sku === offer.product.sku)?.rrp;
      expect(offer.discount).toEqual({ kind: 'recommended-retail-price', referencePrice: { amountMinor: (rrp?.amountMinor ?? 0) * 2, currency: rrp?.currency } });
      expect(offer.price.amountMinor).toBeLessThan(offer.discount?.referencePrice.amountMinor ?? 0);
    }
    const offer = offers[0] as Offer;
    const receipt = await brand.order(offer);
    const outcome = settleDelivery({ brandId: 'trailco', offer, receipt, now: LATER });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    expect(outcome.discount).toMatchObject({ kind: 'recommended-retail-price', held: true });
  });

  it('shows nothing at or above the RRP, nor by default', async () => {
    for (const offer of (await honestBrand(pricedAt(1.05), { showRrp: true }).request(trailShoes43())).offers as Offer[]) expect(offer.discount).toBeUndefined();
    for (const offer of (await honestBrand(pricedAt(0.8)).request(trailShoes43())).offers as Offer[]) expect(offer.discount).toBeUndefined();
  });
});
