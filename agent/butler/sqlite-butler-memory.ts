import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { OfferSchema, type Money, type Offer } from '../../protocol/index.ts';
import type { ButlerStore } from '../../storage/index.ts';
import { ExchangeSchema, type Exchange } from '../negotiation/index.ts';
import { ProfileSchema, defaultProfile, type Profile } from '../policy/index.ts';
import type { ButlerMemory, OrderRecord, QuotedPrice } from './butler-memory.ts';
import { OrderRecordSchema } from './order-record-schema.ts';

/** A stored value that no longer parses: reported, never silently replaced. */
export class CorruptMemoryError extends Error {
  override readonly name = 'CorruptMemoryError';
  readonly code = 'CORRUPT_MEMORY';
}

function parseJson<S extends z.ZodType>(schema: S, text: string, what: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CorruptMemoryError(`${what} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CorruptMemoryError(`${what} does not match its schema: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** The butler's memory in SQLite (through storage's ButlerStore). */
export class SqliteButlerMemory implements ButlerMemory {
  constructor(
    private readonly store: ButlerStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  loadProfile(): Profile {
    const text = this.store.setting('profile');
    return text === undefined ? defaultProfile() : parseJson(ProfileSchema, text, 'the stored profile');
  }
  saveProfile(profile: Profile): void {
    this.store.putSetting('profile', JSON.stringify(ProfileSchema.parse(profile)), this.clock().toISOString());
  }
  installSecret(): string {
    return this.store.settingOrCreate('install-secret', () => randomBytes(32).toString('hex'), this.clock().toISOString());
  }
  recordExchanges(requestId: string, exchanges: readonly Exchange[]): void {
    this.store.insertExchanges(exchanges.map((e) => ({ requestId, brandId: e.brandId, kind: e.kind, at: e.at, exchange: JSON.stringify(e) })));
  }
  exchangesOf(requestId: string): Exchange[] {
    return this.store.exchangesOf(requestId).map((row) => parseJson(ExchangeSchema, row.exchange, `exchange ${row.seq}`) as Exchange);
  }
  recordOffers(offers: readonly Offer[], at: string): void {
    this.store.insertOffers(
      offers.map((o) => ({
        offerId: o.offerId,
        requestId: o.requestId,
        brandId: o.brandId,
        sku: o.product.sku,
        gtin: o.product.gtin ?? null,
        priceMinor: o.price.amountMinor,
        currency: o.price.currency,
        quantity: o.quantity,
        receivedAt: at,
        offer: JSON.stringify(o),
      })),
    );
  }
  offer(offerId: string): Offer | undefined {
    const text = this.store.offerJson(offerId);
    return text === undefined ? undefined : parseJson(OfferSchema, text, `offer ${offerId}`);
  }
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[] {
    return this.store.quotes(brandId, product.sku, product.gtin).map((q) => ({
      brandId: q.brandId,
      sku: q.sku,
      gtin: q.gtin ?? undefined,
      price: { amountMinor: q.priceMinor, currency: q.currency },
      quantity: q.quantity,
      at: q.receivedAt,
    }));
  }
  saveOrder(order: OrderRecord): void {
    const charged = order.receipt?.charged ?? order.offer.price;
    this.store.upsertOrder({
      orderId: order.orderId,
      requestId: order.requestId,
      brandId: order.brandId,
      status: order.status,
      placedAt: order.placedAt,
      chargedMinor: charged.amountMinor,
      currency: charged.currency,
      record: JSON.stringify(order),
    });
  }
  order(orderId: string): OrderRecord | undefined {
    const row = this.store.order(orderId);
    return row ? parseJson(OrderRecordSchema, row.record, `order ${orderId}`) : undefined;
  }
  orders(): OrderRecord[] {
    return this.store.orders().map((row) => parseJson(OrderRecordSchema, row.record, `order ${row.orderId}`));
  }
  spentInMonth(now: Date, currency: string): Money {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const amountMinor = this.store
      .ordersBetween(start.toISOString(), end.toISOString())
      .filter((o) => o.currency === currency && (o.status === 'placed' || o.status === 'outcome-reported'))
      .reduce((sum, o) => sum + o.chargedMinor, 0);
    return { amountMinor, currency };
  }
}
