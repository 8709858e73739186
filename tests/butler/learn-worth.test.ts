import { describe, expect, it } from 'vitest';
import { beans, roasters } from './coffee-roasters.ts';

describe('the butler learns from the person’s ratings how their likings stand against its predictions', () => {
  it('after two deliveries rated 1 star, a dearer product within the budget is no longer taken to be worth its price (main still recommended it)', async () => {
    const { h, clock } = await roasters({ dark: 1_200, light: 1_500 });
    for (let i = 0; i < 2; i++) {
      const result = await h.butler.shop(beans);
      const top = result.ranking.ranked[0]!;
      const purchase = await h.buy(top.offerId);
      if (purchase.kind !== 'purchased') throw new Error(`not purchased: ${purchase.kind}`);
      // The order keeps the liking the model predicted, the prior the rating is read against.
      expect(purchase.order.expectedLiking).toBe(top.breakdown.modelLiking);
      expect(h.report(purchase.order.orderId, { text: 'arrived as described', source: 'person', rating: 1 }).kind).toBe('recorded');
      clock.advanceDays(1);
    }
    const next = await h.butler.shop(beans);
    expect(next.ranking.ranked.find((r) => r.brandId === 'light-house')).toBeUndefined();
    const light = next.ranking.excluded.find((e) => e.brandId === 'light-house');
    expect(light?.reasons.map((r) => r.code)).toEqual(['no-surplus']);
    expect(light!.value!.worth).toBeLessThan(2 * 2_000);
  });
});
