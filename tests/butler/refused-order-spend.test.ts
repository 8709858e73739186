import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, SqliteButlerMemory, spendOfOrder, type ButlerMemory, type OrderCancellation, type OrderRecord } from '../../agent/butler/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import { hashOfferTerms, type Offer } from '../../protocol/index.ts';
import { SimButlerMemory } from '../../sim/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

const AT = '2026-03-10T09:00:00.000Z';
const NOW = new Date('2026-03-20T09:00:00.000Z');

function offer(id: string, amountMinor: number): Offer {
  return {
    offerId: `shop:${id}`,
    requestId: `req-${id}`,
    brandId: 'shop',
    product: { sku: `sku-${id}`, title: 'Trail shoes', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2027-12-31T00:00:00.000Z',
    claims: [],
    pitch: 'Trail shoes.',
    round: 0,
  };
}

/** An order whose receipt charged `charged` (a switched receipt when it differs from the offer's price). */
function order(id: string, offered: number, charged: number, status: OrderRecord['status'], cancellation?: OrderCancellation): OrderRecord {
  const o = offer(id, offered);
  const mandate = { mandateId: `m-${id}`, offerId: o.offerId, maxAmount: o.price, expiresAt: AT, termsHash: hashOfferTerms(o), issuedAt: AT };
  const receipt = { orderId: `ord-${id}`, offerId: o.offerId, idempotencyKey: `idem-${id}-0000000000`, brandId: 'shop', sku: o.product.sku, quantity: 1, charged: { amountMinor: charged, currency: 'EUR' }, terms: o.terms, placedAt: AT, termsHash: 'a'.repeat(64) };
  return { orderId: `ord-${id}`, requestId: o.requestId, brandId: 'shop', offer: o, mandate, receipt, status, placedAt: AT, ...(cancellation ? { cancellation } : {}) };
}

const cancelled = (refund?: number): OrderCancellation => ({ outcome: 'cancelled', ...(refund === undefined ? {} : { refund: { amountMinor: refund, currency: 'EUR' } }), at: AT });

describe('spendOfOrder: what an order takes from the monthly cap', () => {
  it('a placed order its charge, a failed one nothing', () => {
    expect(spendOfOrder(order('a', 6_000, 6_000, 'placed')).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('b', 6_000, 6_000, 'failed')).amountMinor).toBe(0);
  });
  it('a refused (switched) order whatever was not refunded, at most what the mandate let the brand take', () => {
    // The receipt says 190.00 EUR for a 60.00 EUR offer: the mandate authorised 60.00 EUR, and that is what the cap holds.
    expect(spendOfOrder(order('c', 6_000, 19_000, 'refused-bait-and-switch')).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('d', 6_000, 19_000, 'refused-bait-and-switch', { outcome: 'refused', at: AT })).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('e', 6_000, 19_000, 'refused-bait-and-switch', { outcome: 'failed', message: 'x', at: AT })).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('f', 6_000, 19_000, 'refused-bait-and-switch', { outcome: 'not-supported', at: AT })).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('g', 6_000, 19_000, 'refused-bait-and-switch', cancelled(12_000))).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('g2', 6_000, 19_000, 'refused-bait-and-switch', cancelled(15_000))).amountMinor).toBe(4_000);
    expect(spendOfOrder(order('h', 6_000, 19_000, 'refused-bait-and-switch', cancelled(19_000))).amountMinor).toBe(0);
    expect(spendOfOrder(order('i', 6_000, 19_000, 'refused-bait-and-switch', cancelled())).amountMinor).toBe(0);
    // A smaller switched charge is the word of a brand caught switching: the mandate's amount counts until a refund.
    expect(spendOfOrder(order('j', 6_000, 4_000, 'refused-bait-and-switch')).amountMinor).toBe(6_000);
    expect(spendOfOrder(order('k', 6_000, 4_000, 'refused-bait-and-switch', cancelled(4_000))).amountMinor).toBe(2_000);
  });
});

const memories: Array<[string, () => ButlerMemory]> = [
  ['in-memory', () => new InMemoryButlerMemory({ secret: 's' })],
  ['SQLite', () => new SqliteButlerMemory(new ButlerStore(openDatabase({ path: ':memory:' })), () => NOW)],
  ['simulator', () => new SimButlerMemory(defaultProfile(), 's')],
];

describe.each(memories)('the month spent counts money a refused order kept (%s)', (_label, make) => {
  it('counts the unrefunded part of refused orders, and no longer once the brand refunds in full', () => {
    const memory = make();
    memory.saveOrder(order('placed', 5_000, 5_000, 'placed'));
    memory.saveOrder(order('kept', 6_000, 19_000, 'refused-bait-and-switch', { outcome: 'refused', at: AT }));
    memory.saveOrder(order('part', 6_000, 10_000, 'refused-bait-and-switch', cancelled(4_000)));
    memory.saveOrder(order('failed', 3_000, 3_000, 'failed'));
    // 'kept' claims 190.00 EUR of a 60.00 EUR mandate (60.00 counted); 'part' says it holds 60.00 of 100.00 after a refund.
    expect(memory.spentInMonth(NOW, 'EUR').amountMinor).toBe(5_000 + 6_000 + 6_000);
    // The brand later refunds the first refused order in full: saved again with its cancellation.
    memory.saveOrder(order('kept', 6_000, 19_000, 'refused-bait-and-switch', cancelled(19_000)));
    expect(memory.spentInMonth(NOW, 'EUR').amountMinor).toBe(5_000 + 6_000);
    expect(memory.spentInMonth(NOW, 'USD').amountMinor).toBe(0);
  });
});
