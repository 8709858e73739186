import { PastOrderReads, quotedPriceOf, spendOfOrder, type ButlerMemory, type OrderRecord, type PastOrder, type QuotedPrice, type RankingExclusion } from '../../agent/butler/index.ts';
import type { Exchange } from '../../agent/negotiation/index.ts';
import type { Profile } from '../../agent/policy/index.ts';
import { wasPriceOf } from '../../agent/scoring/index.ts';
import type { RatedPurchase } from '../../agent/taste/index.ts';
import type { Money, Offer } from '../../protocol/index.ts';

/** The part of an order that purchase history reads (brand, category, product attributes), as a dedup key. */
function historyKey(order: OrderRecord): string {
  const attributes = Object.entries(order.offer.product.attributes).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([order.brandId, order.offer.product.category, attributes]);
}

const countsForHistory = (o: OrderRecord) => o.status === 'placed' || o.status === 'outcome-reported';

/**
 * A ButlerMemory for simulated consumers that stays small with rounds: it keeps the current request's offers (what a
 * purchase looks up), distinct quoted prices per brand and product (all the price checks read), the orders of the
 * current month in full (spend caps, outcome reports) and, of older orders, only what the butler reads again
 * (`PastOrder`: brand, status, dates, rating, product category and attributes) — of one order per distinct brand,
 * category and product attributes bought, and of every rated order (the taste model reads each rating). Exchanges
 * are counted, not kept. `ratedPurchases`, `purchaseHistory` and `orderOfOffer` are derived from those; `orders()`
 * lists the current month's only. Unlike a memory that keeps everything, the ratings come in the order kept (history,
 * then rated, then this month), and the bubble misses an unrated repeat purchase from before this month once its
 * brand and style's first purchase is older than the half-life (every delivered order is rated in the simulator).
 */
export class SimButlerMemory extends PastOrderReads implements ButlerMemory {
  private current = new Map<string, Offer>();
  /** The exclusions of the latest ranking, kept like the offers: only the current request's. */
  private currentExclusions = new Map<string, RankingExclusion>();
  private readonly prices = new Map<string, Map<string, QuotedPrice>>();
  private readonly recent = new Map<string, OrderRecord>();
  private readonly history = new Map<string, PastOrder>();
  private readonly rated = new Map<string, PastOrder>();
  private month = '';
  /**
   * The past orders as last merged (by order id: history, then rated, then the current month, the later map's copy
   * winning) and the ratings among them: they only change when an order is saved, and are read on every request.
   */
  private pastCache: PastOrder[] | undefined;
  private ratedCache: RatedPurchase[] | undefined;
  /** Exchanges recorded so far (the transcript itself is not kept). */
  exchanges = 0;

  constructor(
    private profile: Profile,
    private readonly secret: string,
  ) {
    super();
  }

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
    const current = new Map<string, Offer>();
    for (const offer of offers) current.set(offer.offerId, offer);
    this.current = current;
    for (const offer of offers) {
      const { product, price } = offer;
      const was = wasPriceOf(offer);
      // The "was" price shown is part of what was quoted: a sale running on from the same "was" price is told from a
      // plain price by it (`checkReferencePrice`), as the butler's own memories keep it (`quotedPriceOf`).
      const id = `${product.sku}|${product.gtin ?? ''}|${price.amountMinor}|${price.currency}|${offer.quantity}|${was === undefined ? '' : `${was.amountMinor}|${was.currency}`}`;
      let byBrand = this.prices.get(offer.brandId);
      if (byBrand === undefined) this.prices.set(offer.brandId, (byBrand = new Map<string, QuotedPrice>()));
      // The earliest time a price was quoted is kept: the checks only ask whether it was charged before. Most offers
      // repeat a price already kept, so the point is only written for a new one.
      if (!byBrand.has(id)) byBrand.set(id, quotedPriceOf(offer, at));
    }
  }
  offer(offerId: string): Offer | undefined {
    return this.current.get(offerId);
  }
  /**
   * Forgets the current request's offers and exclusions once its decision is settled (bought, refused or given up):
   * nothing reads them again, and kept until the consumer's next decision they outlived the collector's young
   * generation and were copied into the old one.
   */
  forgetCurrentRequest(): void {
    if (this.current.size > 0) this.current = new Map();
    if (this.currentExclusions.size > 0) this.currentExclusions = new Map();
  }
  recordRankingExclusions(_rankingId: string, excluded: readonly RankingExclusion[]): void {
    this.currentExclusions = new Map(excluded.map((e) => [`${e.requestId}\u0000${e.offerId}`, e]));
  }
  rankingExclusion(requestId: string, offerId: string): RankingExclusion | undefined {
    return this.currentExclusions.get(`${requestId}\u0000${offerId}`);
  }
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[] {
    const byBrand = this.prices.get(brandId);
    if (!byBrand) return [];
    const out: QuotedPrice[] = [];
    for (const p of byBrand.values()) if (p.sku === product.sku || (product.gtin !== undefined && p.gtin === product.gtin)) out.push(p);
    return out;
  }
  saveOrder(order: OrderRecord): void {
    this.pastCache = undefined;
    this.ratedCache = undefined;
    const month = order.placedAt.slice(0, 7);
    if (month !== this.month) {
      this.month = month;
      this.recent.clear();
    }
    this.recent.set(order.orderId, order);
    if (order.rating !== undefined) this.rated.set(order.orderId, { ...pastOrderOf(order), rating: order.rating, ratedAt: order.ratedAt });
    if (countsForHistory(order)) {
      const key = historyKey(order);
      if (!this.history.has(key)) this.history.set(key, pastOrderOf(order));
    }
  }
  order(orderId: string): OrderRecord | undefined {
    return this.recent.get(orderId);
  }
  /** The orders kept in full: the current month's (older ones are kept only as `PastOrder`s, which the butler reads). */
  orders(): OrderRecord[] {
    return [...this.recent.values()];
  }
  override ratedPurchases(): RatedPurchase[] {
    this.ratedCache ??= super.ratedPurchases();
    // A copy, so a caller that sorts or filters in place cannot change what the next one reads.
    return this.ratedCache.slice();
  }
  protected pastOrders(): readonly PastOrder[] {
    if (this.pastCache === undefined) {
      const byId = new Map<string, PastOrder>();
      for (const o of this.history.values()) byId.set(o.orderId, o);
      for (const o of this.rated.values()) byId.set(o.orderId, o);
      for (const o of this.recent.values()) byId.set(o.orderId, o);
      this.pastCache = [...byId.values()];
    }
    return this.pastCache;
  }
  spentInMonth(now: Date, currency: string): Money {
    const month = now.toISOString().slice(0, 7);
    let amountMinor = 0;
    if (month === this.month) {
      for (const o of this.recent.values()) {
        const spend = spendOfOrder(o);
        if (spend.currency === currency) amountMinor += spend.amountMinor;
      }
    }
    return { amountMinor, currency };
  }
}

/** What the butler reads again of an order (brand, status, dates, product category and attributes), without its rating. */
function pastOrderOf(order: OrderRecord): PastOrder {
  const { offerId, product } = order.offer;
  return { orderId: order.orderId, brandId: order.brandId, status: order.status, placedAt: order.placedAt, offer: { offerId, product: { category: product.category, attributes: product.attributes } } };
}
