import { randomBytes } from 'node:crypto';
import type { Money, Offer } from '../../protocol/index.ts';
import type { Exchange } from '../negotiation/index.ts';
import { defaultProfile, type Profile } from '../policy/index.ts';
import type { ButlerMemory, OrderRecord, QuotedPrice } from './butler-memory.ts';
import { PastOrderReads } from './past-order-reads.ts';

/** A ButlerMemory held in process memory (tests and the simulator's butlers). */
export class InMemoryButlerMemory extends PastOrderReads implements ButlerMemory {
  private profile: Profile;
  private readonly secret: string;
  private readonly exchanges = new Map<string, Exchange[]>();
  private readonly offers = new Map<string, Offer>();
  /** Quoted prices by brand, oldest first: a history is only ever read for one brand. */
  private readonly prices = new Map<string, QuotedPrice[]>();
  private readonly orderMap = new Map<string, OrderRecord>();

  constructor(options: { profile?: Profile; secret?: string } = {}) {
    super();
    this.profile = options.profile ?? defaultProfile();
    this.secret = options.secret ?? randomBytes(16).toString('hex');
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
  recordExchanges(requestId: string, exchanges: readonly Exchange[]): void {
    this.exchanges.set(requestId, [...(this.exchanges.get(requestId) ?? []), ...exchanges]);
  }
  exchangesOf(requestId: string): Exchange[] {
    return [...(this.exchanges.get(requestId) ?? [])];
  }
  recordOffers(offers: readonly Offer[], at: string): void {
    for (const offer of offers) {
      this.offers.set(offer.offerId, offer);
      let byBrand = this.prices.get(offer.brandId);
      if (byBrand === undefined) this.prices.set(offer.brandId, (byBrand = []));
      byBrand.push({ brandId: offer.brandId, sku: offer.product.sku, gtin: offer.product.gtin, price: offer.price, quantity: offer.quantity, at });
    }
  }
  offer(offerId: string): Offer | undefined {
    return this.offers.get(offerId);
  }
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[] {
    return (this.prices.get(brandId) ?? []).filter((p) => p.sku === product.sku || (product.gtin !== undefined && p.gtin === product.gtin));
  }
  saveOrder(order: OrderRecord): void {
    this.orderMap.set(order.orderId, order);
  }
  order(orderId: string): OrderRecord | undefined {
    return this.orderMap.get(orderId);
  }
  orders(): OrderRecord[] {
    return [...this.orderMap.values()];
  }
  protected pastOrders(): OrderRecord[] {
    return this.orders();
  }
  spentInMonth(now: Date, currency: string): Money {
    const month = now.toISOString().slice(0, 7);
    const amountMinor = this.orders()
      .filter((o) => o.status !== 'refused-bait-and-switch' && o.status !== 'failed' && o.placedAt.slice(0, 7) === month && o.offer.price.currency === currency)
      .reduce((sum, o) => sum + (o.receipt?.charged.amountMinor ?? o.offer.price.amountMinor), 0);
    return { amountMinor, currency };
  }
}
