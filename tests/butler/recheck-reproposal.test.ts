// mendleft39 finding 2 (mend38 left): a switched receipt refused at the purchase came back with a new proposal (the
// request ranked again without the switcher), but the same receipt refused when the person re-checked an unconfirmed
// order (`recheckOrder`) came back without one. Both ways now go through one path (`Butler.withReproposal`).
import { afterEach, describe, expect, it } from 'vitest';
import type { BrandConnection } from '../../agent/butler/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';
import { headphonesNeed } from './headphones-need.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const lost = { ok: false as const, error: { code: 'TIMEOUT' as const, message: 'no answer in time' } };

/**
 * A switcher (cheapest) and an honest shop; the person buys the switcher's offer while its answers are lost, so the
 * order stays unconfirmed; then its answers come back, `daysLater` days pass (or the clock is set to `at` of the
 * honest shop's offer), and the person re-checks the order.
 */
async function recheckedSwitch(daysLater: number, at?: (honest: Offer) => number) {
  const clock = testClock();
  // While `answersLost`, the switcher takes the order but its answers (place_order, get_order) never arrive.
  const link = { answersLost: true };
  const losing = (c: BrandConnection): BrandConnection => {
    if (c.card.id !== 'switcheroo') return c;
    const wrapped: BrandConnection = Object.create(c);
    return Object.assign(wrapped, {
      placeOrder: async (...args: Parameters<BrandConnection['placeOrder']>) => {
        const answer = await c.placeOrder(...args);
        return link.answersLost ? lost : answer;
      },
      getOrder: async (...args: Parameters<BrandConnection['getOrder']>) => (link.answersLost ? lost : c.getOrder(...args)),
    });
  };
  const h = await butlerWith({
    clock: clock.now,
    wrapConnection: losing,
    brands: [
      createStrategyBrand({ id: 'switcheroo', name: 'Switcheroo', strategy: 'bait-and-switch', categories: ['headphones'], catalog: catalogOf('SWCH', [{ product: 'jbl-tune-770nc-black', price: 12_500, stock: 9 }]), clock: clock.now }),
      createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_500, stock: 9 }]), clock: clock.now }),
    ],
  });
  closers.push(h.close);
  const result = await h.butler.shop(headphonesNeed(20_000));
  const top = result.ranking.ranked[0]!;
  expect(top.brandId).toBe('switcheroo');
  const unconfirmed = await h.buy(top.offerId);
  expect(unconfirmed.kind).toBe('unconfirmed');
  if (unconfirmed.kind !== 'unconfirmed') throw new Error('expected an unconfirmed order');
  link.answersLost = false;
  clock.advanceDays(daysLater);
  if (at) clock.setTo(at(result.ranking.ranked.find((r) => r.brandId === 'calm-audio')!.offer));
  const rechecked = await h.butler.recheckOrder(unconfirmed.order.orderId);
  expect(rechecked.kind).toBe('refused-bait-and-switch');
  if (rechecked.kind !== 'refused-bait-and-switch') throw new Error('expected a refused switched receipt');
  const reproposal = rechecked.reproposal;
  expect(reproposal).toBeDefined();
  expect([...reproposal!.ranking.ranked, ...reproposal!.ranking.excluded].some((r) => r.brandId === 'switcheroo')).toBe(false);
  return { h, clock, result, reproposal: reproposal! };
}

describe('a switched receipt refused when an unconfirmed order is re-checked', () => {
  it('comes back with the same new proposal as at the purchase, buying nothing more', async () => {
    const { h, reproposal } = await recheckedSwitch(0);
    expect(reproposal.top?.brandId).toBe('calm-audio');
    expect(reproposal.reason).toMatch(/^Switcheroo changed .* at checkout; Calm Audio at .* is now the best$/);
    // Nothing else was ordered: the new top pick waits for the person's own "yes", then is bought like any offer.
    expect(h.wiretap.orders).toHaveLength(1);
    const bought = await h.buy(reproposal.top!.offerId);
    expect(bought.kind).toBe('purchased');
  });

  // review39b (MED): re-checked days later, the re-proposal named an offer that had expired meanwhile ("Calm Audio at
  // 125.55 EUR is now the best"; buying it answered 'the offer expired'). It now names only offers the person could
  // still buy: not expired, not already ordered.
  it('re-checked days later, re-proposes no offer that has expired since: nothing is left to buy, and it says so', async () => {
    const { h, clock, result, reproposal } = await recheckedSwitch(3);
    // Every offer of the request expired meanwhile (offers are valid for hours, not days).
    expect(result.ranking.ranked.every((r) => Date.parse(r.offer.validUntil) < clock.now().getTime())).toBe(true);
    expect(reproposal.top).toBeUndefined();
    expect(reproposal.ranking.ranked).toHaveLength(0);
    expect(reproposal.reason).toMatch(/^Switcheroo changed .* at checkout; nothing else left is worth buying$/);
    expect(h.wiretap.orders).toHaveLength(1);
  });

  // mendleft40: an offer valid until T is still valid at T (the protocol's OFFER_EXPIRED comes only after validUntil, as
  // the purchase and the MCP server read it); the re-check dropped it at T itself, 1 ms before the others.
  it('re-checked at the very millisecond the honest offer ends, still re-proposes it; one millisecond later, no longer', async () => {
    const atEnd = await recheckedSwitch(0, (honest) => Date.parse(honest.validUntil));
    expect(atEnd.reproposal.top?.brandId).toBe('calm-audio');
    const bought = await atEnd.h.buy(atEnd.reproposal.top!.offerId);
    expect(bought.kind).toBe('purchased');
    const after = await recheckedSwitch(0, (honest) => Date.parse(honest.validUntil) + 1);
    expect(after.reproposal.top).toBeUndefined();
  });
});
