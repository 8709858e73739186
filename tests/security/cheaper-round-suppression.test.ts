// Red team 29, the "anything cheaper?" round: with a budget the brands were not told, the butler asks every brand once
// more for its cheapest fitting options, and uses those answers only when nothing offered first could be bought within
// the budget. "Could be bought" was read as "meets the hard constraints within the budget", not as the ranking and the
// purchase read it: a hostile brand sending one cheap offer that meets the constraints but can never be bought (expired,
// another category, another currency's look-alike is covered by the budget check) made the butler throw away every
// honest brand's cheaper answer, and the person was left with nothing to buy although an honest offer fit the budget.
import { afterEach, describe, expect, it } from 'vitest';
import { clock, slyProduct } from './sly-market.ts';
import { closeMarkets, shop, sly, valuco, valucoCheap } from './cheaper-market.ts';

afterEach(closeMarkets);

describe('an offer that can never be bought does not make the butler drop the honest brands’ cheaper answers', () => {
  it('(fixed) an expired 50 EUR offer: Valuco’s 80 EUR pair, within the budget, is still ranked', async () => {
    const expired = sly((o) => ({ ...o, validUntil: new Date(clock.now().getTime() - 60_000).toISOString() }));
    const { ranked } = await shop([valuco, expired]);
    // On main: nothing ranked (Valuco's first offer is over the budget, Sly's expired, Valuco's cheaper one thrown away).
    expect(valucoCheap(ranked)).toHaveLength(1);
  });

  it('(fixed) a 50 EUR offer of another category with the same attributes: the same', async () => {
    const otherCategory = sly((o) => ({ ...o, product: { ...o.product, category: 'running-shoes' } }));
    const { ranked } = await shop([valuco, otherCategory]);
    expect(valucoCheap(ranked)).toHaveLength(1);
  });

  it('honest case: a 50 EUR offer the person can buy is the answer, and the cheaper round stays unused', async () => {
    const { ranked } = await shop([valuco, sly((o) => o)]);
    expect(ranked.some((id) => id.includes('sly-1'))).toBe(true);
    expect(valucoCheap(ranked)).toEqual([]);
  });

  it('control: without Sly, Valuco’s cheaper pair is ranked', async () => {
    const { ranked } = await shop([valuco]);
    expect(valucoCheap(ranked)).toHaveLength(1);
    expect(slyProduct.product.category).toBe('headphones');
  });
});
