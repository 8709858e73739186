import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { MajordomeError, OfferSchema, type Money, type Offer } from '../../protocol/index.ts';
import type { ButlerStore } from '../../storage/index.ts';
import { ExchangeSchema, type Exchange } from '../negotiation/index.ts';
import { ProfileSchema, defaultProfile, type Profile } from '../policy/index.ts';
import { EXCLUSION_REASONS, type ExclusionCode } from '../decision/index.ts';
import type { ButlerMemory, OrderRecord, QuotedPrice, RankingExclusion } from './butler-memory.ts';
import { PastOrderReads } from './past-order-reads.ts';
import { withOwnOrderId } from './own-order-id.ts';
import { spendOfOrder } from './spend-of-order.ts';
import { OrderRecordSchema } from './order-record-schema.ts';
import { STALE_RESERVATION_MS, type PurchaseReservations, type ReservationEnd, type ReservationOutcome, type ReservationRequest } from './purchase-reservations.ts';

/** A stored value that no longer parses: reported, never silently replaced. */
export class CorruptMemoryError extends MajordomeError<'CORRUPT_MEMORY'> {
  override readonly name = 'CorruptMemoryError';

  constructor(message: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super('CORRUPT_MEMORY', message, options);
  }
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

/** A stored exclusion's reasons: codes the ranking knows, with their details; `from` is read by `readExclusionReasons`. */
const ExclusionReasonsSchema = z.array(z.object({ code: z.enum(Object.keys(EXCLUSION_REASONS) as [ExclusionCode, ...ExclusionCode[]]), detail: z.string(), from: z.unknown().optional() }));
const ExclusionFromSchema = z.iso.datetime();

/**
 * A stored exclusion's reasons. A `from` that is no ISO time (an older butler stored '-000001-…' for a deadline near
 * year 0) cannot say when the reason starts: the reason holds now, the safe reading for a gate on buying, and its
 * detail says why; the row's other reasons are read as stored.
 */
function readExclusionReasons(text: string, what: string): RankingExclusion['reasons'] {
  return parseJson(ExclusionReasonsSchema, text, what).map(({ code, detail, from }) => {
    if (from === undefined) return { code, detail };
    const parsed = ExclusionFromSchema.safeParse(from);
    if (parsed.success) return { code, detail, from: parsed.data };
    return { code, detail: `${detail} (its stored start ${JSON.stringify(from)} is unreadable: it holds now)` };
  });
}

function monthOf(now: Date): { start: string; end: string } {
  return {
    start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
    end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
  };
}

/**
 * The butler's memory in SQLite (through storage's ButlerStore). Its purchase reservations are atomic across
 * processes: checking the caps and reserving the price is one `BEGIN IMMEDIATE` transaction on the shared file.
 */
export class SqliteButlerMemory extends PastOrderReads implements ButlerMemory, PurchaseReservations {
  constructor(
    private readonly store: ButlerStore,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super();
  }

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
  recordRankingExclusions(rankingId: string, excluded: readonly RankingExclusion[], at: string): void {
    this.store.replaceRankingExclusions(
      rankingId,
      excluded.map((e) => ({ requestId: e.requestId, offerId: e.offerId, reasons: JSON.stringify(e.reasons.map((r) => ({ code: r.code, detail: r.detail, ...(r.from === undefined ? {} : { from: r.from }) }))), rankedAt: at })),
    );
  }
  rankingExclusion(requestId: string, offerId: string): RankingExclusion | undefined {
    const text = this.store.rankingExclusionJson(requestId, offerId);
    return text === undefined ? undefined : { requestId, offerId, reasons: readExclusionReasons(text, `the ranking exclusion of ${offerId}`) };
  }
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[] {
    return this.store.quotes(brandId, product.sku, product.gtin).map((q) => ({
      brandId: q.brandId,
      sku: q.sku,
      gtin: q.gtin ?? undefined,
      price: { amountMinor: q.priceMinor, currency: q.currency },
      quantity: q.quantity,
      at: q.receivedAt,
      ...(q.wasMinor === null ? {} : { wasPrice: { amountMinor: q.wasMinor, currency: q.currency } }),
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
    }, this.clock().getTime());
  }
  order(orderId: string): OrderRecord | undefined {
    const row = this.store.order(orderId);
    return row ? parseJson(OrderRecordSchema, row.record, `order ${orderId}`) : undefined;
  }
  orders(): OrderRecord[] {
    return this.store.orders().map((row) => parseJson(OrderRecordSchema, row.record, `order ${row.orderId}`));
  }
  protected pastOrders(): OrderRecord[] {
    return this.orders();
  }
  spentInMonth(now: Date, currency: string): Money {
    const { start, end } = monthOf(now);
    let placed = 0;
    for (const o of this.store.ordersBetween(start, end)) {
      if (o.status === 'placed' || o.status === 'outcome-reported') {
        if (o.currency === currency) placed += o.chargedMinor;
      } else if (o.status === 'refused-bait-and-switch' || o.status === 'unconfirmed') {
        // What the brand has not refunded, or may have taken, still counts (rare rows: the record is read only for them).
        const spend = spendOfOrder(parseJson(OrderRecordSchema, o.record, `order ${o.orderId}`));
        if (spend.currency === currency) placed += spend.amountMinor;
      }
    }
    const pending = this.store
      .pendingPurchasesBetween(start, end)
      .filter((p) => p.currency === currency)
      .reduce((sum, p) => sum + p.amountMinor, 0);
    return { amountMinor: placed + pending, currency };
  }
  atomically<T>(work: () => T): T {
    return this.store.writeTransaction(work);
  }
  reserve(request: ReservationRequest): ReservationOutcome {
    const { offer, now } = request;
    return this.store.writeTransaction((): ReservationOutcome => {
      const existing = this.store.purchase(offer.offerId);
      if (existing?.status === 'ordered') {
        const status = OrderRecordSchema.shape.status.safeParse(existing.orderId ? this.store.order(existing.orderId)?.status : undefined);
        // As `orderOfOffer` reads the order log (every memory): an order that failed does not hold the offer. Only an
        // unconfirmed order becomes failed after its reservation ended (the brand said it holds no such order): the
        // offer may be bought again, under the same key, as after a released reservation.
        if (!(status.success && status.data === 'failed')) return { kind: 'already-ordered', status: status.success ? status.data : 'placed', orderId: existing.orderId ?? undefined };
      }
      // A pending reservation is another confirmation under way; one whose process died long ago may be retried (same key).
      if (existing?.status === 'pending' && now.getTime() - Date.parse(existing.reservedAt) < STALE_RESERVATION_MS) return { kind: 'already-ordered', status: 'pending' };
      const spent = this.spentInMonth(now, request.currency);
      const stale = existing?.status === 'pending' && existing.currency === request.currency && existing.reservedAt.slice(0, 7) === now.toISOString().slice(0, 7) ? existing.amountMinor : 0;
      const verdict = request.check({ amountMinor: spent.amountMinor - stale, currency: request.currency });
      if (!verdict.allowed) return { kind: 'blocked-by-policy', violations: verdict.violations };
      this.store.putPurchase({
        offerId: offer.offerId,
        brandId: offer.brandId,
        idempotencyKey: existing?.idempotencyKey ?? request.idempotencyKey,
        amountMinor: offer.price.amountMinor,
        currency: offer.price.currency,
        reservedAt: now.toISOString(),
        status: 'pending',
        orderId: null,
      });
      return { kind: 'reserved', idempotencyKey: existing?.idempotencyKey ?? request.idempotencyKey };
    });
  }
  complete(offerId: string, end: ReservationEnd): OrderRecord | undefined {
    return this.store.writeTransaction((): OrderRecord | undefined => {
      const existing = this.store.purchase(offerId);
      if (!existing) throw new CorruptMemoryError(`no reservation for offer ${offerId}`);
      if (end.kind === 'released') {
        this.store.putPurchase({ ...existing, status: 'released' });
        return undefined;
      }
      // The id is decided in the transaction that saves the order: another process cannot take it in between.
      const order = withOwnOrderId(end.order, this.order(end.order.orderId), existing.idempotencyKey);
      this.saveOrder(order);
      const charged = order.receipt?.charged ?? order.offer.price;
      this.store.putPurchase({ ...existing, status: 'ordered', orderId: order.orderId, amountMinor: charged.amountMinor, currency: charged.currency });
      return order;
    });
  }
}
