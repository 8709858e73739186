import { afterEach, describe, expect, it } from 'vitest';
import { describeCancellation, type OrderCancellation } from '../../agent/butler/index.ts';
import type { Need } from '../../agent/need/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const need: Need = {
  category: 'headphones',
  hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }],
  softPreferences: [],
  quantity: 1,
  budget: { amountMinor: 20_000, currency: 'EUR' },
  currency: 'EUR',
  text: 'noise cancelling headphones',
};

function switcheroo(clock: () => Date, capabilities?: Array<'offers' | 'decline' | 'questions' | 'counters' | 'orders'>) {
  const brand = createStrategyBrand({
    id: 'switcheroo',
    name: 'Switcheroo',
    strategy: 'bait-and-switch',
    categories: ['headphones'],
    catalog: catalogOf('SWCH', [{ product: 'jbl-tune-770nc-black', price: 12_500, stock: 9 }]),
    clock,
  });
  return capabilities ? { ...brand, capabilities } : brand;
}

describe('the butler cancels the order whose receipt it refused', () => {
  it('calls cancel_order (receipt_mismatch) on a brand that supports it and keeps the refund in the order log', async () => {
    const clock = testClock();
    const h = await butlerWith({ clock: clock.now, brands: [switcheroo(clock.now)] });
    closers.push(h.close);
    const offer = (await h.butler.shop(need)).ranking.ranked[0]!;
    const purchase = await h.buy(offer.offerId);
    expect(purchase.kind).toBe('refused-bait-and-switch');
    if (purchase.kind !== 'refused-bait-and-switch') return;
    const orderId = purchase.order.orderId;
    expect(h.wiretap.cancels).toEqual([orderId]);
    const request = h.wiretap.outgoing.map((m) => JSON.parse(m) as Record<string, unknown>).find((m) => m.reason !== undefined)!;
    expect(request).toMatchObject({ orderId, reason: 'receipt_mismatch' });
    expect(String(request.details)).toMatch(/deliveryDays: agreed 3, receipt 8/);
    const stored = h.memory.order(orderId)!;
    expect(stored.status).toBe('refused-bait-and-switch');
    expect(stored.cancellation?.outcome).toBe('cancelled');
    expect(stored.cancellation?.refund).toEqual(stored.receipt!.charged);
    expect(describeCancellation(stored.cancellation!, stored.receipt!.charged)).toMatch(/cancelled at the brand and .*refunded in full/);
  });

  it('does not call cancel_order on a brand that did not agree to cancellations (a 1.0 peer), and says so', async () => {
    const clock = testClock();
    const h = await butlerWith({ clock: clock.now, brands: [switcheroo(clock.now, ['offers', 'decline', 'questions', 'counters', 'orders'])] });
    closers.push(h.close);
    const offer = (await h.butler.shop(need)).ranking.ranked[0]!;
    const purchase = await h.buy(offer.offerId);
    expect(purchase.kind).toBe('refused-bait-and-switch');
    if (purchase.kind !== 'refused-bait-and-switch') return;
    expect(h.wiretap.cancels).toEqual([]);
    const stored = h.memory.order(purchase.order.orderId)!;
    expect(stored.cancellation?.outcome).toBe('not-supported');
    expect(describeCancellation(stored.cancellation!, stored.receipt!.charged)).toMatch(/dispute the .* charge with your bank/);
  });

  it('tells the person plainly about a partial refund and a refusal', () => {
    const charged = { amountMinor: 14_000, currency: 'EUR' };
    const partial: OrderCancellation = { outcome: 'cancelled', refund: { amountMinor: 12_500, currency: 'EUR' }, at: '2026-11-23T10:00:00.000Z' };
    expect(describeCancellation(partial, charged)).toMatch(/only 125\.00 EUR of 140\.00 EUR was refunded/);
    expect(describeCancellation({ outcome: 'refused', message: 'no', at: partial.at }, charged)).toMatch(/refused to cancel/);
  });
});
