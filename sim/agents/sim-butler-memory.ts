import type { ButlerMemory, OrderRecord, QuotedPrice } from '../../agent/butler/index.ts';
import type { Exchange } from '../../agent/negotiation/index.ts';
import type { Profile } from '../../agent/policy/index.ts';
import type { Money, Offer } from '../../protocol/index.ts';

/** The part of an order that purchase history reads (brand, category, product attributes), as a dedup key. */
function historyKey(order: OrderRecord): string {
  const attributes = Object.entries(order.offer.product.attributes).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([order.brandId, order.offer.product.category, attributes]);
}

const countsForHistory = (o: OrderRecord) => o.status === 'placed' || o.status === 'outcome-reported';

/**
 * A ButlerMemory for simulated consumers whose size stays flat with rounds: it keeps the current request's offers
 * (what a purchase looks up), distinct quoted prices per brand and product (all the price checks read), the orders of
 * the current month (spend caps) and one order per distinct brand, category and product attributes bought (all that
 * purchase history reads). Exchanges are counted, not kept. Decisions are the same as with a memory that keeps all.
 */
export class SimButlerMemory implements ButlerMemory {
  private current = new Map<string, Offer>();
  private readonly prices = new Map<string, Map<string, QuotedPrice>>();
  private readonly recent = new Map<string, OrderRecord>();
  private readonly history = new Map<string, OrderRecord>();
  // Every rated order, slimmed (the taste model reads each rating): a few numbers per purchase.
  private readonly rated = new Map<string, OrderRecord>();
  private month = '';
  /** `orders()` as last built: it only changes when an order is saved, and it is read on every request and purchase. */
  private ordersCache: OrderRecord[] | undefined;
  /** Exchanges recorded so far (the transcript itself is not kept). */
  exchanges = 0;

  constructor(
    private profile: Profile,
    private readonly secret: string,
  ) {}

  loadProfile(): Profile {
    return this.profile;
  }
  saveProfile(profile: Profile): void {
    this.profile = profile;
  }
  installSecret(): string {
    return this.secret;
  }
  recordExchanges(_requestId: string, exchanges: readonly Exchange[]): void {
    this.exchanges += exchanges.length;
  }
  exchangesOf(): Exchange[] {
    return [];
  }
  recordOffers(offers: readonly Offer[], at: string): void {
    this.current = new Map(offers.map((o) => [o.offerId, o]));
    for (const offer of offers) {
      const point: QuotedPrice = { brandId: offer.brandId, sku: offer.product.sku, gtin: offer.product.gtin, price: offer.price, quantity: offer.quantity, at };
      const id = `${point.sku}|${point.gtin ?? ''}|${point.price.amountMinor}|${point.price.currency}|${point.quantity}`;
      const byBrand = this.prices.get(offer.brandId) ?? new Map<string, QuotedPrice>();
      // The earliest time a price was quoted is kept: the checks only ask whether it was charged before.
      if (!byBrand.has(id)) byBrand.set(id, point);
      this.prices.set(offer.brandId, byBrand);
    }
  }
  offer(offerId: string): Offer | undefined {
    return this.current.get(offerId);
  }
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[] {
    const byBrand = this.prices.get(brandId);
    if (!byBrand) return [];
    const out: QuotedPrice[] = [];
    for (const p of byBrand.values()) if (p.sku === product.sku || (product.gtin !== undefined && p.gtin === product.gtin)) out.push(p);
    return out;
  }
  saveOrder(order: OrderRecord): void {
    this.ordersCache = undefined;
    const month = order.placedAt.slice(0, 7);
    if (month !== this.month) {
      this.month = month;
      this.recent.clear();
    }
    this.recent.set(order.orderId, order);
    if (order.rating !== undefined) this.rated.set(order.orderId, { ...slim(order), rating: order.rating, ratedAt: order.ratedAt });
    if (countsForHistory(order)) {
      const key = historyKey(order);
      if (!this.history.has(key)) this.history.set(key, slim(order));
    }
  }
  order(orderId: string): OrderRecord | undefined {
    return this.recent.get(orderId);
  }
  orders(): OrderRecord[] {
    if (this.ordersCache === undefined) {
      const byId = new Map<string, OrderRecord>();
      for (const o of this.history.values()) byId.set(o.orderId, o);
      for (const o of this.rated.values()) byId.set(o.orderId, o);
      for (const o of this.recent.values()) byId.set(o.orderId, o);
      this.ordersCache = [...byId.values()];
    }
    // A copy, so a caller that sorts or filters in place cannot change what the next one reads.
    return this.ordersCache.slice();
  }
  spentInMonth(now: Date, currency: string): Money {
    const month = now.toISOString().slice(0, 7);
    let amountMinor = 0;
    if (month === this.month) {
      for (const o of this.recent.values()) {
        if (o.status === 'refused-bait-and-switch' || o.status === 'failed' || o.offer.price.currency !== currency) continue;
        amountMinor += o.receipt?.charged.amountMinor ?? o.offer.price.amountMinor;
      }
    }
    return { amountMinor, currency };
  }
}

/** An order without the parts history never reads (pitch, claims, receipt), to keep memory small. */
function slim(order: OrderRecord): OrderRecord {
  const { pitch: _pitch, ...offer } = order.offer;
  return { orderId: order.orderId, requestId: order.requestId, brandId: order.brandId, offer: { ...offer, claims: [] }, mandate: order.mandate, status: order.status, placedAt: order.placedAt };
}
