import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const beans: Need = {
  category: 'coffee',
  hardConstraints: [{ attribute: 'form', op: 'eq', value: 'beans' }],
  softPreferences: [],
  quantity: 1,
  budget: { amountMinor: 2_000, currency: 'EUR' },
  currency: 'EUR',
  text: 'coffee beans under 20 euros',
};

/** Two honest roasters at the same price: a dark blend and a light Ethiopian. */
async function market() {
  const clock = testClock();
  const brand = (id: string, name: string, product: string) =>
    createStrategyBrand({ id, name, strategy: 'honest', categories: ['coffee'], catalog: catalogOf(id.slice(0, 3).toUpperCase(), [{ product, price: 1_200, stock: 99 }]), clock: clock.now });
  const h = await butlerWith({
    clock: clock.now,
    brands: [brand('dark-house', 'Dark House', 'hafenroster-espresso-nr-7-beans-250g'), brand('light-house', 'Light House', 'hafenroster-elbfilter-athiopien-beans-250g')],
  });
  closers.push(h.close);
  return { h, clock };
}

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
    const [first, second] = next.ranking.ranked;
    expect(first?.brandId).toBe('light-house');
    expect(second?.brandId).toBe('dark-house');
    expect(first!.breakdown.learned.some((l) => l.attribute === 'roast' && l.value === 'light')).toBe(true);
    expect(first!.breakdown.preferenceMatch).toBeGreaterThan(second!.breakdown.preferenceMatch);
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
