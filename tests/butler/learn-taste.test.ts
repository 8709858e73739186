import { describe, expect, it } from 'vitest';
import { beans, roasters } from './coffee-roasters.ts';

/** Two honest roasters at the same price: a dark blend and a light Ethiopian. */
const market = () => roasters({ dark: 1_200, light: 1_200 });

async function buyAndRate(h: Awaited<ReturnType<typeof market>>['h'], brandId: string, rating: number) {
  const result = await h.butler.shop(beans);
  const offer = result.ranking.ranked.find((r) => r.brandId === brandId);
  expect(offer).toBeDefined();
  const purchase = await h.buy(offer!.offerId);
  expect(purchase.kind).toBe('purchased');
  if (purchase.kind !== 'purchased') throw new Error('not purchased');
  expect(h.report(purchase.order.orderId, { text: 'arrived as described', source: 'person', rating }).kind).toBe('recorded');
}

describe('the butler learns the person’s taste from their ratings', () => {
  it('after a light roast rated 5 stars and a dark one rated 1, light ranks first at equal prices and the worth says why', async () => {
    const { h, clock } = await market();
    await buyAndRate(h, 'dark-house', 1);
    clock.advanceDays(1);
    await buyAndRate(h, 'light-house', 5);
    clock.advanceDays(1);
    const next = await h.butler.shop(beans);
    const [first] = next.ranking.ranked;
    expect(first?.brandId).toBe('light-house');
    // The dark roast rated 1 star is ranked below it, or (its own rating saying it is worth less than its price) not at all.
    const dark = next.ranking.ranked.find((r) => r.brandId === 'dark-house')?.breakdown ?? next.ranking.excluded.find((e) => e.brandId === 'dark-house')?.value;
    expect(dark).toBeDefined();
    expect(first!.breakdown.learned.some((l) => l.attribute === 'roast' && l.value === 'light')).toBe(true);
    expect(first!.breakdown.preferenceMatch).toBeGreaterThan(dark!.preferenceMatch);
  });

  it('rejects a rating outside 1..5 as an invalid report and records nothing', async () => {
    const { h } = await market();
    const result = await h.butler.shop(beans);
    const purchase = await h.buy(result.ranking.ranked[0]!.offerId);
    if (purchase.kind !== 'purchased') throw new Error('not purchased');
    expect(h.report(purchase.order.orderId, { text: 'fine', source: 'person', rating: 6 }).kind).toBe('invalid-report');
    expect(h.report(purchase.order.orderId, { text: 'fine', source: 'person', rating: 4 }).kind).toBe('recorded');
  });
});
