import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function headphonesNeed(budgetMinor: number): Need {
  return {
    category: 'headphones',
    hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }],
    softPreferences: [{ attribute: 'battery_hours', direction: 'higher', weight: 0.3 }],
    quantity: 1,
    budget: { amountMinor: budgetMinor, currency: 'EUR' },
    currency: 'EUR',
    text: 'noise cancelling headphones',
  };
}

function switcher(clock: () => Date, price: number) {
  // Its surcharge is capped at the mandate: the charge stays within what the person authorised, the terms do not.
  return createStrategyBrand({ id: 'switcheroo', name: 'Switcheroo', strategy: 'bait-and-switch', categories: ['headphones'], catalog: catalogOf('SWCH', [{ product: 'jbl-tune-770nc-black', price, stock: 9 }]), clock });
}

describe('a switched receipt is a new offer, ranked again', () => {
  it('refuses a switch within the mandate and proposes the new top pick of the request with the reason, buying nothing more', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [
        switcher(clock.now, 12_500),
        createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_500, stock: 9 }]), clock: clock.now }),
      ],
    });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    const top = result.ranking.ranked[0]!;
    expect(top.brandId).toBe('switcheroo');
    const purchase = await h.buy(top.offerId);
    expect(purchase.kind).toBe('refused-bait-and-switch');
    if (purchase.kind !== 'refused-bait-and-switch') return;
    // Within the mandate: the charge is what was authorised, only the terms changed; still never accepted silently.
    expect(purchase.order.receipt!.charged.amountMinor).toBeLessThanOrEqual(purchase.order.mandate.maxAmount.amountMinor);
    expect(h.memory.order(purchase.order.orderId)?.status).toBe('refused-bait-and-switch');
    expect(h.ledger.eventsFor('switcheroo').some((e) => e.kind === 'bait-and-switch')).toBe(true);
    const reproposal = purchase.reproposal;
    expect(reproposal).toBeDefined();
    // The switched offer is replaced by the brand's terms as charged; the accepted one is no longer proposed.
    const all = [...reproposal!.ranking.ranked, ...reproposal!.ranking.excluded];
    expect(all.some((r) => r.offerId === top.offerId)).toBe(false);
    const asCharged = all.find((r) => r.brandId === 'switcheroo')!;
    expect(asCharged.offer.terms).toEqual(purchase.order.receipt!.terms);
    expect(reproposal!.switched?.offerId).toBe(asCharged.offerId);
    expect(reproposal!.top?.brandId).toBe('calm-audio');
    expect(reproposal!.reason).toContain('Switcheroo changed');
    expect(reproposal!.reason).toContain('Calm Audio');
    // Nothing else was ordered: the new top pick waits for the person's own "yes".
    expect(h.wiretap.orders).toHaveLength(1);
    expect(h.memory.spentInMonth(clock.now(), 'EUR').amountMinor).toBe(0);
  });

  it('buys the offer as charged only on a new consent, under the brand’s own offer and within the charged price', async () => {
    const clock = testClock();
    // The person's floor at 0: the switcher stays recommendable, so its offer as charged can be the new top pick.
    const h = await butlerWith({ clock: clock.now, profile: { honestyFloor: 0 }, brands: [switcher(clock.now, 12_500)] });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    const first = await h.buy(result.ranking.ranked[0]!.offerId);
    expect(first.kind).toBe('refused-bait-and-switch');
    if (first.kind !== 'refused-bait-and-switch') return;
    const next = first.reproposal?.top;
    expect(next?.offerId).toBe(first.reproposal?.switched?.offerId);
    expect(h.wiretap.orders).toHaveLength(1);
    const second = await h.buy(next!.offerId);
    expect(second.kind).toBe('purchased');
    if (second.kind !== 'purchased') return;
    expect(h.wiretap.orders).toHaveLength(2);
    // Ordered under the brand's own offer (the one its mandate check knows), for at most the price it charged.
    expect(h.wiretap.orders[1]).toBe(result.ranking.ranked[0]!.offerId);
    const placed = JSON.parse(h.wiretap.outgoing.filter((m) => m.includes('"mandate"')).at(-1)!) as { mandate: { maxAmount: unknown } };
    expect(placed.mandate.maxAmount).toEqual(next!.offer.price);
    expect(second.receipt.terms).toEqual(next!.offer.terms);
    expect(second.order.offer.offerId).toBe(next!.offerId);
  });
});
