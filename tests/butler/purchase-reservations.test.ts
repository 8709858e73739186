import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, InProcessReservations, SqliteButlerMemory, type OrderRecord, type PurchaseReservations } from '../../agent/butler/index.ts';
import { checkPolicy, defaultProfile } from '../../agent/policy/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const profile = { ...defaultProfile(), spendCapPerMonth: { amountMinor: 20_000, currency: 'EUR' }, spendCapPerOrder: { amountMinor: 50_000, currency: 'EUR' } };
const offer = (i: number): Offer =>
  ({
    offerId: `shop:req:${i}`,
    requestId: 'req',
    brandId: 'shop',
    product: { sku: `s-${i}`, title: `Shoe ${i}`, maker: 'M', category: 'running-shoes', attributes: {} },
    quantity: 1,
    price: { amountMinor: 13_500, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-11-24T10:00:00.000Z',
    claims: [],
    round: 0,
  }) as Offer;

const request = (o: Offer, key = `key-${o.offerId}`) => ({ offer: o, idempotencyKey: key, now: NOW, currency: 'EUR', check: (spent: { amountMinor: number; currency: string }) => checkPolicy(o, profile, spent) });
const order = (o: Offer): OrderRecord => ({ orderId: `order-${o.offerId}`, requestId: 'req', brandId: 'shop', offer: o, mandate: {} as OrderRecord['mandate'], status: 'placed', placedAt: NOW.toISOString() });

function sqlite() {
  const memory = new SqliteButlerMemory(new ButlerStore(openDatabase({ path: ':memory:' })), () => NOW);
  return { memory, reservations: memory as PurchaseReservations };
}
function inProcess() {
  const memory = new InMemoryButlerMemory({ profile });
  return { memory, reservations: new InProcessReservations(memory) as PurchaseReservations };
}

describe.each([
  ['SQLite', sqlite],
  ['in-process', inProcess],
] as const)('purchase reservations (%s)', (_label, make) => {
  it('a pending reservation counts against the monthly cap until released', () => {
    const { reservations } = make();
    expect(reservations.reserve(request(offer(1))).kind).toBe('reserved');
    expect(reservations.reserve(request(offer(2)))).toMatchObject({ kind: 'blocked-by-policy', violations: [{ rule: 'monthly-cap' }] });
    reservations.complete(offer(1).offerId, { kind: 'released' });
    expect(reservations.reserve(request(offer(2))).kind).toBe('reserved');
  });

  it('one offer is reserved once; a released one is retried with the same idempotency key', () => {
    const { reservations } = make();
    expect(reservations.reserve(request(offer(1), 'key-a'))).toEqual({ kind: 'reserved', idempotencyKey: 'key-a' });
    expect(reservations.reserve(request(offer(1), 'key-a'))).toMatchObject({ kind: 'already-ordered', status: 'pending' });
    reservations.complete(offer(1).offerId, { kind: 'released' });
    expect(reservations.reserve(request(offer(1), 'key-a')).kind).toBe('reserved');
    reservations.complete(offer(1).offerId, { kind: 'ordered', order: order(offer(1)) });
    expect(reservations.reserve(request(offer(1), 'key-a'))).toMatchObject({ kind: 'already-ordered', status: 'placed', orderId: `order-${offer(1).offerId}` });
  });

  it('a placed order is spending, counted once (not also as a reservation)', () => {
    const { memory, reservations } = make();
    reservations.reserve(request(offer(1)));
    expect(memory.spentInMonth(NOW, 'EUR').amountMinor).toBe(_label === 'SQLite' ? 13_500 : 0);
    reservations.complete(offer(1).offerId, { kind: 'ordered', order: order(offer(1)) });
    expect(memory.spentInMonth(NOW, 'EUR').amountMinor).toBe(13_500);
  });
});
