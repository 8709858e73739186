// Red team (disclosure): the "anything cheaper?" round told brands where the person's private budget lies. It was sent
// only when no offer that meets the requirements was within the budget, and only to brands that made one: a brand
// asked again learnt that the budget is below every fitting price it quoted (and that no other seller had one within
// it); a brand not asked learnt the opposite. Quoting a different price on each request of the same buyer id, a brand
// reads the budget off by bisection. With 'minimal' disclosure a brand must learn nothing of the amount: the round is
// now asked whenever the need has a budget the brand was not told, so what each brand receives is the same whatever
// the amount.
import { afterEach, describe, expect, it } from 'vitest';
import type { BrandConnection } from '../../agent/butler/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { headphonesNeed } from './headphones-need.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Every message each brand received while the butler shopped once for headphones within `budgetMinor`. */
async function seenByEachBrand(budgetMinor: number): Promise<{ seen: Map<string, string[]>; ranked: Array<{ brandId: string; price: number }> }> {
  const clock = testClock();
  const seen = new Map<string, string[]>();
  const record = (brandId: string, tool: string, value: unknown) => seen.set(brandId, [...(seen.get(brandId) ?? []), `${tool} ${JSON.stringify(value)}`]);
  const wrap = (c: BrandConnection): BrandConnection => ({
    ...c,
    supports: (x) => c.supports(x),
    requestOffers: (b, t) => (record(c.card.id, 'request_offers', b), c.requestOffers(b, t)),
    askQuestion: (q, t) => (record(c.card.id, 'ask_question', q), c.askQuestion(q, t)),
    counterOffer: (x, t) => (record(c.card.id, 'counter_offer', x), c.counterOffer(x, t)),
    placeOrder: (o, t) => c.placeOrder(o, t),
    getOrder: (r, t) => c.getOrder(r, t),
  });
  const h = await butlerWith({
    clock: clock.now,
    secret: 'same-person-secret',
    profile: { disclosure: 'minimal' },
    wrapConnection: wrap,
    brands: [
      createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_000, stock: 9 }]), clock: clock.now }),
      createStrategyBrand({ id: 'quiet-audio', name: 'Quiet Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('QUIET', [{ product: 'sony-wh-ch720n-black', price: 16_000, stock: 9 }]), clock: clock.now }),
    ],
  });
  closers.push(h.close);
  const result = await h.butler.shop(headphonesNeed(budgetMinor));
  return { seen, ranked: result.ranking.ranked.map((r) => ({ brandId: r.brandId, price: r.offer.price.amountMinor })) };
}

describe('the "anything cheaper?" round, when the brands were not told the budget', () => {
  it('(fixed) sends each brand the same messages whatever the budget: nothing within it, one offer within it, every offer within it', async () => {
    const below = await seenByEachBrand(9_000);
    const between = await seenByEachBrand(14_000);
    const above = await seenByEachBrand(20_000);
    for (const brandId of ['calm-audio', 'quiet-audio']) {
      expect(below.seen.get(brandId)!.length).toBeGreaterThan(0);
      // On main the brands were asked again at 9,000 and not at 14,000 or 20,000: a brand read "below my price" off it.
      expect(between.seen.get(brandId)).toEqual(below.seen.get(brandId));
      expect(above.seen.get(brandId)).toEqual(below.seen.get(brandId));
    }
  });

  it('still finds the person what fits within the budget (the honest case): the offer within it comes first', async () => {
    const between = await seenByEachBrand(14_000);
    expect(between.ranked[0]).toEqual({ brandId: 'calm-audio', price: expect.any(Number) });
    expect(between.ranked[0]!.price).toBeLessThanOrEqual(14_000);
  });
});
