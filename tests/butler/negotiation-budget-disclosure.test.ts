import { afterEach, describe, expect, it } from 'vitest';
import { headphonesNeed } from './headphones-need.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Shops once at one honest brand (alone in its market, so its price sets the counter target); returns its counters. */
async function shopAlone(budgetMinor: number) {
  const clock = testClock();
  const h = await butlerWith({
    clock: clock.now,
    secret: 'same-person-secret',
    profile: { disclosure: 'minimal' },
    brands: [createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_000, stock: 9 }]), clock: clock.now })],
  });
  closers.push(h.close);
  const result = await h.butler.shop(headphonesNeed(budgetMinor));
  const counters = h.wiretap.outgoing.map((m) => JSON.parse(m) as Record<string, unknown>).filter((m) => 'counterId' in m);
  return { counters, negotiations: result.negotiations };
}

describe('the butler negotiates the same whatever budget a brand was not told', () => {
  it('a budget below the market price, not disclosed: the brand gets the same counters as with a budget above it', async () => {
    const below = await shopAlone(9_000);
    const above = await shopAlone(20_000);
    expect(above.counters.length).toBeGreaterThan(0);
    expect(below.counters).toEqual(above.counters);
    expect(below.negotiations.length).toBeGreaterThan(0);
    for (const n of below.negotiations) expect(n.outcome).toMatchObject({ kind: 'walked-away', reason: expect.stringMatching(/^the price stayed above your budget/) });
  });
});
