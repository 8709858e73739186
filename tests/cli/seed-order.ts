// An order written straight into a butler database, as a purchase would have left it: a placed order awaiting its
// report, or an unconfirmed one whose brand never answered (its mandate's amount held against the month).
import { SqliteButlerMemory, type OrderStatus } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

/** Stores one order of a 120 EUR Trailco trail shoe (`index` tells offers apart) in the database at `dbPath`. */
export function seedOrder(dbPath: string, options: { orderId: string; status: Extract<OrderStatus, 'placed' | 'unconfirmed'>; index?: number; now?: Date }): void {
  const database = openDatabase({ path: dbPath });
  try {
    const now = options.now ?? new Date();
    const memory = new SqliteButlerMemory(new ButlerStore(database), () => now);
    const i = options.index ?? 1;
    const offer = {
      offerId: `trailco:req-${i}:1`,
      requestId: `req-${i}`,
      brandId: 'trailco',
      product: { sku: `trail-${i}`, title: 'Trail shoe', maker: 'Trailco', category: 'running-shoes', attributes: { size_eu: 43, waterproof: true } },
      quantity: 1,
      price: { amountMinor: 12_000, currency: 'EUR' },
      terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
      validUntil: new Date(now.getTime() + 86_400_000).toISOString(),
      claims: [],
      round: 0,
    } as Offer;
    memory.recordOffers([offer], now.toISOString());
    memory.reserve({ offer, idempotencyKey: `idem-${String(i).padStart(32, '0')}`, now, currency: 'EUR', check: () => ({ allowed: true, violations: [] }) });
    const mandate = issueMandate(offer, { mandateId: `mandate-${String(i).padStart(16, '0')}`, now });
    memory.complete(offer.offerId, { kind: 'ordered', order: { orderId: options.orderId, requestId: offer.requestId, brandId: 'trailco', offer, mandate, status: options.status, placedAt: now.toISOString() } });
  } finally {
    database.close();
  }
}
