// A butler over either memory (SQLite or in-memory) with one brand whose place_order and get_order answers a test
// scripts: the market of the unconfirmed-order tests, where an order's answer can be lost twice.
import { InMemoryButlerMemory, LedgerTrust, SqliteButlerMemory, createButler, type BrandConnection, type ButlerMemory } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import type { BrandCallResult } from '../../agent/transport/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { hashReceiptTerms, type BrandCard, type Offer, type Order, type Receipt } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

export const BRAND = 'quiet-shoes';
export const START = new Date('2026-11-23T10:00:00.000Z');

export function offer(i: number, priceMinor: number): Offer {
  return {
    offerId: `${BRAND}:req-1:${i}`,
    requestId: 'req-1',
    brandId: BRAND,
    product: { sku: `trail-${i}`, title: `Trail shoe ${i}`, maker: 'Quiet', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor: priceMinor, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-12-20T00:00:00.000Z',
    claims: [],
    round: 0,
  } as Offer;
}

export const lost = { ok: false as const, error: { code: 'TIMEOUT' as const, message: 'no answer in time' } };
export const noSuchOrder = { ok: false as const, error: { code: 'UNKNOWN_ORDER' as const, message: 'no such order' } };
export const notSupported = { ok: false as const, error: { code: 'CAPABILITY_NOT_SUPPORTED' as const, message: 'not in this test brand' } };

export function receiptFor(order: Order, o: Offer): Receipt {
  const receipt = { orderId: `order-${order.idempotencyKey.slice(5, 13)}-${o.product.sku}`, offerId: order.offerId, idempotencyKey: order.idempotencyKey, brandId: BRAND, sku: o.product.sku, quantity: order.quantity, charged: o.price, terms: o.terms, placedAt: START.toISOString() };
  return { ...receipt, termsHash: hashReceiptTerms(receipt) };
}

export type Answer = (order: Order) => BrandCallResult<Receipt>;

/** A butler over one store, with a brand whose place_order and get_order answers the test scripts (`script`). */
export function market(store: 'SQLite' | 'in-memory') {
  const db = openDatabase({ path: ':memory:' });
  let now = START;
  const clock = () => now;
  const memory: ButlerMemory = store === 'SQLite' ? new SqliteButlerMemory(new ButlerStore(db), clock) : new InMemoryButlerMemory();
  memory.saveProfile({ ...defaultProfile(), spendCapPerMonth: { amountMinor: 20_000, currency: 'EUR' }, spendCapPerOrder: { amountMinor: 50_000, currency: 'EUR' } });
  const offers = [offer(1, 12_000), offer(2, 9_000)];
  memory.recordOffers(offers, START.toISOString());
  const script: { placeOrder: Answer; getOrder: () => BrandCallResult<Receipt> } = { placeOrder: () => lost, getOrder: () => lost };
  const calls = { placeOrder: 0, getOrder: 0 };
  const card = { id: BRAND, name: 'Quiet Shoes', description: 'Answers when the test says so.', categories: ['running-shoes'], currencies: ['EUR'], capabilities: ['offers', 'orders'], policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR'] } } as BrandCard;
  const brand: BrandConnection = {
    id: BRAND,
    card,
    timeoutMs: 1_000,
    supports: () => true,
    requestOffers: async () => notSupported,
    askQuestion: async () => notSupported,
    counterOffer: async () => notSupported,
    getOrder: async () => (calls.getOrder++, script.getOrder()),
    placeOrder: async (order) => (calls.placeOrder++, script.placeOrder(order)),
  };
  // Whether the brand is among the connections (a test can take it away: not reachable).
  const reach = { reachable: true };
  const butler = createButler({ brands: () => (reach.reachable ? [brand] : []), memory, trust: new LedgerTrust(new TrustLedger(db)), detectPressure: detectPressureTactics, clock, honestyFloor: RECOMMENDATION_FLOOR });
  const buy = (o: Offer) => butler.purchase({ offerId: o.offerId, confirmedBy: 'person', channel: 'terminal', at: now.toISOString() });
  const placing: Answer = (order) => ({ ok: true, value: receiptFor(order, offers.find((o) => o.offerId === order.offerId)!) });
  return { db, memory, butler, offers, script, calls, buy, placing, reach, setNow: (at: Date) => (now = at) };
}

