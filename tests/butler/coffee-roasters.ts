import { afterEach } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

/** Coffee beans (a hard constraint), one bag, under 20 euros. */
export const beans: Need = {
  category: 'coffee',
  hardConstraints: [{ attribute: 'form', op: 'eq', value: 'beans' }],
  softPreferences: [],
  quantity: 1,
  budget: { amountMinor: 2_000, currency: 'EUR' },
  currency: 'EUR',
  text: 'coffee beans under 20 euros',
};

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Two honest roasters, a dark blend (`dark-house`) and a light Ethiopian (`light-house`), at these prices; closed after each test. */
export async function roasters(prices: { dark: number; light: number }) {
  const clock = testClock();
  const brand = (id: string, name: string, product: string, price: number) =>
    createStrategyBrand({ id, name, strategy: 'honest', categories: ['coffee'], catalog: catalogOf(id.slice(0, 3).toUpperCase(), [{ product, price, stock: 99 }]), clock: clock.now });
  const h = await butlerWith({
    clock: clock.now,
    brands: [brand('dark-house', 'Dark House', 'hafenroster-espresso-nr-7-beans-250g', prices.dark), brand('light-house', 'Light House', 'hafenroster-elbfilter-athiopien-beans-250g', prices.light)],
  });
  closers.push(h.close);
  return { h, clock };
}
