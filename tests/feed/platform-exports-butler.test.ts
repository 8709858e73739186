import { describe, expect, it } from 'vitest';
import { marketVocabularyOf, understandNeedText, type Need } from '../../agent/need/index.ts';
import { createFeedBrand } from '../../brand-agent/feed/index.ts';
import { butlerWith, testClock } from '../butler/harness.ts';
import { FIXTURES, SHOP } from './feed-options.ts';

// Shops serving the exports they already have (Magento 2, BigCommerce, Meta) are found by a plain request, end to end.
describe('a butler shopping from platform exports served as feeds', () => {
  it('ranks the size-43 variants of a Magento and a BigCommerce export for "running shoes size 43 under 150 EUR", and nothing else', async () => {
    const clock = testClock();
    const magento = createFeedBrand({ id: 'trail-magento', path: `${FIXTURES}/magento2-catalog_product.csv`, clock: clock.now, ...SHOP });
    const bigcommerce = createFeedBrand({ id: 'trail-bigc', path: `${FIXTURES}/bigcommerce-products.csv`, clock: clock.now, ...SHOP });
    const h = await butlerWith({ brands: [magento.definition, bigcommerce.definition], clock: clock.now });
    try {
      const market = marketVocabularyOf(h.butler.brands().map((c) => c.card));
      const understanding = understandNeedText('running shoes size 43 under 150 EUR', { now: clock.now(), defaultCurrency: 'EUR', market });
      expect(understanding.kind).toBe('need');
      const need = (understanding as { need: Need }).need;
      const result = await h.butler.shop(need);
      const ranked = result.ranking.ranked.map((r) => [r.offer.product.sku, r.offer.price.amountMinor]);
      expect(ranked).toEqual(expect.arrayContaining([['CTR-43', 13500], ['MT-TRAIL-01-43-Blue', 13900]]));
      expect(ranked).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it("finds a Meta catalog's jacket, served in the dollars its prices state", async () => {
    const clock = testClock();
    const { currency: _eur, ...terms } = SHOP;
    const meta = createFeedBrand({ id: 'ridgeline', path: `${FIXTURES}/meta-catalog.csv`, clock: clock.now, ...terms });
    // A person whose limits are in dollars (offers in another currency than one's limits are never recommended).
    const profile = { currency: 'USD', spendCapPerOrder: { amountMinor: 50_000, currency: 'USD' }, spendCapPerMonth: { amountMinor: 150_000, currency: 'USD' } };
    const h = await butlerWith({ brands: [meta.definition], clock: clock.now, profile });
    try {
      const market = marketVocabularyOf(h.butler.brands().map((c) => c.card));
      const understanding = understandNeedText('a rain jacket size M under 200 USD', { now: clock.now(), defaultCurrency: 'USD', market });
      expect(understanding.kind).toBe('need');
      const result = await h.butler.shop((understanding as { need: Need }).need);
      expect(result.ranking.ranked.map((r) => [r.offer.product.sku, r.offer.price])).toEqual([['JKT-RAIN', { amountMinor: 15900, currency: 'USD' }]]);
    } finally {
      await h.close();
    }
  });
});
