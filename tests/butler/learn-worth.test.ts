import { describe, expect, it } from 'vitest';
import { beans, roasters } from './coffee-roasters.ts';

/** Two honest roasters: a cheaper dark blend and a dearer light Ethiopian, both within the budget. */
const market = () => roasters({ dark: 1_200, light: 1_300 });

async function buyTopAndRate(h: Awaited<ReturnType<typeof market>>['h'], rating: number): Promise<string> {
  const result = await h.butler.shop(beans);
  const top = result.ranking.ranked[0]!;
  const purchase = await h.buy(top.offerId);
  if (purchase.kind !== 'purchased') throw new Error(`not purchased: ${purchase.kind}`);
  expect(purchase.order.expectedLiking).toBe(top.breakdown.modelLiking);
  expect(h.report(purchase.order.orderId, { text: 'arrived as described', source: 'person', rating }).kind).toBe('recorded');
  return top.brandId;
}

describe('the butler learns what a product is worth to the person from their rating of it', () => {
  it('a product rated 1 star is not bought again at the same price while a product that meets the need is offered (main bought it again)', async () => {
    const { h, clock } = await market();
    expect(await buyTopAndRate(h, 1)).toBe('dark-house'); // the cheaper one, nothing known yet
    clock.advanceDays(1);
    const next = await h.butler.shop(beans);
    const dark = next.ranking.ranked.find((r) => r.brandId === 'dark-house');
    expect(next.ranking.ranked[0]?.brandId).toBe('light-house');
    // Its worth now reads the person's verdict: below its price, so not recommended at all.
    expect(dark).toBeUndefined();
    const excluded = next.ranking.excluded.find((e) => e.brandId === 'dark-house');
    expect(excluded?.value?.rated?.liking).toBe(0);
    expect(excluded!.value!.worth).toBeLessThan(excluded!.value!.price);
  });

  it('a product rated 5 stars keeps its place and its worth', async () => {
    const { h, clock } = await market();
    expect(await buyTopAndRate(h, 5)).toBe('dark-house');
    clock.advanceDays(1);
    const next = await h.butler.shop(beans);
    const [first] = next.ranking.ranked;
    expect(first?.brandId).toBe('dark-house');
    // Nothing stated, so the model predicted a perfect liking; the five stars confirm it and leave the worth whole.
    expect(first!.breakdown.modelLiking).toBe(1);
    expect(first!.breakdown.worth).toBe(2 * 2_000);
  });
});
