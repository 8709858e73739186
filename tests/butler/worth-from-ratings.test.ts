import { afterEach, describe, expect, it } from 'vitest';
import type { ButlerTrust } from '../../agent/butler/index.ts';
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

/** A trust port that keeps nothing: the no-ledger ablation. */
const forgetful = (): ButlerTrust => ({ view: () => undefined, pastOutcomes: () => [], record: () => {} });

/** Two honest roasters of different makers: A a little cheaper than B. */
async function market(trust?: ButlerTrust) {
  const clock = testClock();
  const brand = (id: string, name: string, product: string, price: number) =>
    createStrategyBrand({ id, name, strategy: 'honest', categories: ['coffee'], catalog: catalogOf(id.slice(0, 3).toUpperCase(), [{ product, price, stock: 99 }]), clock: clock.now });
  const h = await butlerWith({
    clock: clock.now,
    brands: [brand('alpha-house', 'Alpha House', 'roast-republic-house-espresso-beans-250g', 1_100), brand('beta-house', 'Beta House', 'tostadores-del-sur-colombia-huila-beans-250g', 1_200)],
    ...(trust ? { trust } : {}),
  });
  closers.push(h.close);
  return { h, clock };
}

/** Buys A's offer `times` times, each delivered as described and rated `rating` stars. */
async function buyFromAlpha(h: Awaited<ReturnType<typeof market>>['h'], clock: ReturnType<typeof testClock>, times: number, rating: number) {
  for (let i = 0; i < times; i++) {
    const result = await h.butler.shop(beans);
    const offer = result.ranking.ranked.find((r) => r.brandId === 'alpha-house');
    expect(offer).toBeDefined();
    const purchase = await h.buy(offer!.offerId);
    if (purchase.kind !== 'purchased') throw new Error('not purchased');
    expect(h.report(purchase.order.orderId, { text: 'arrived as described', source: 'person', rating }).kind).toBe('recorded');
    clock.advanceDays(1);
  }
}

describe('worth learned from the person’s ratings of what they were sold (ledger)', { timeout: 120_000 }, () => {
  it('after A’s product keeps rating 1 star, A’s next offer of it is worth less and ranks below a comparable one', async () => {
    const { h, clock } = await market();
    const before = (await h.butler.shop(beans)).ranking.ranked.map((r) => r.brandId);
    expect(before[0]).toBe('alpha-house');
    await buyFromAlpha(h, clock, 3, 1);
    const next = await h.butler.shop(beans);
    const alpha = next.ranking.ranked.find((r) => r.brandId === 'alpha-house') ?? next.ranking.excluded.find((e) => e.brandId === 'alpha-house');
    expect(alpha).toBeDefined();
    const value = 'breakdown' in alpha! ? alpha.breakdown : alpha!.value!;
    expect(value.quality?.source).toBe('product');
    expect(value.quality!.shift).toBeLessThan(0);
    expect(value.worth).toBeLessThan(value.reference * (1 + value.preferenceMatch));
    expect(next.ranking.ranked[0]?.brandId).toBe('beta-house');
  });

  it('ratings above the person’s usual liking keep the product first and raise its worth', async () => {
    const { h, clock } = await market();
    await buyFromAlpha(h, clock, 1, 1);
    await buyFromAlpha(h, clock, 2, 5);
    const next = await h.butler.shop(beans);
    const first = next.ranking.ranked[0]!;
    expect(first.brandId).toBe('alpha-house');
    expect(first.breakdown.quality!.shift).toBeGreaterThan(0);
  });

  it('without a ledger the same ratings change nothing: no quality shift, A still ranks first', async () => {
    const { h, clock } = await market(forgetful());
    await buyFromAlpha(h, clock, 3, 1);
    const next = await h.butler.shop(beans);
    expect(next.ranking.ranked[0]?.brandId).toBe('alpha-house');
    for (const r of next.ranking.ranked) {
      expect(r.breakdown.quality).toBeUndefined();
      expect(r.breakdown.worth).toBeCloseTo(r.breakdown.reference * (1 + r.breakdown.preferenceMatch), 6);
    }
  });
});
