import { randomBytes } from 'node:crypto';
import type { Money, Offer } from '../../protocol/index.ts';
import type { Exchange } from '../negotiation/index.ts';
import { PriceSummary } from '../scoring/index.ts';
import { defaultProfile, type Profile } from '../policy/index.ts';
import type { ButlerMemory, OrderRecord, QuotedPrice, RankingExclusion } from './butler-memory.ts';
import { PastOrderReads } from './past-order-reads.ts';
import { spendOfOrder } from './spend-of-order.ts';
import { quotedPriceOf } from './quoted-price-of.ts';

/** The summary of one brand's prices quoted under one sku and GTIN. */
interface SummaryOf {
  readonly sku: string;
  readonly gtin: string | undefined;
  readonly summary: PriceSummary;
}

/**
 * One brand's quoted prices, oldest first, with their positions by sku and by GTIN (ascending), and summarised by sku
 * and GTIN as they arrive (each summary listed under its sku, and under its GTIN when it has one).
 */
interface BrandPrices {
  readonly all: QuotedPrice[];
  readonly bySku: Map<string, number[]>;
  readonly byGtin: Map<string, number[]>;
  readonly summaries: Map<string, Map<string | undefined, SummaryOf>>;
  readonly summariesBySku: Map<string, SummaryOf[]>;
  readonly summariesByGtin: Map<string, SummaryOf[]>;
}

const NO_SUMMARIES: readonly SummaryOf[] = [];

function summaryFor(prices: BrandPrices, sku: string, gtin: string | undefined): PriceSummary {
  let bySku = prices.summaries.get(sku);
  if (bySku === undefined) prices.summaries.set(sku, (bySku = new Map()));
  let entry = bySku.get(gtin);
  if (entry === undefined) {
    bySku.set(gtin, (entry = { sku, gtin, summary: new PriceSummary() }));
    const underSku = prices.summariesBySku.get(sku);
    if (underSku === undefined) prices.summariesBySku.set(sku, [entry]);
    else underSku.push(entry);
    if (gtin !== undefined) {
      const underGtin = prices.summariesByGtin.get(gtin);
      if (underGtin === undefined) prices.summariesByGtin.set(gtin, [entry]);
      else underGtin.push(entry);
    }
  }
  return entry.summary;
}

const NO_POSITIONS: readonly number[] = [];

function appendPosition(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (positions === undefined) index.set(key, [position]);
  else positions.push(position);
}

/** A ButlerMemory held in process memory (tests and the simulator's butlers). */
export class InMemoryButlerMemory extends PastOrderReads implements ButlerMemory {
  private profile: Profile;
  private readonly secret: string;
  private readonly exchanges = new Map<string, Exchange[]>();
  private readonly offers = new Map<string, Offer>();
  /** Quoted prices by brand, oldest first: a history is only ever read for one brand and one product. */
  private readonly prices = new Map<string, BrandPrices>();
  private readonly orderMap = new Map<string, OrderRecord>();
  /** The latest ranking exclusions by request and offer id, with the ranking that gave each (as the SQLite rows). */
  private readonly exclusions = new Map<string, { readonly rankingId: string; readonly exclusion: RankingExclusion }>();
  /** The keys each ranking stored: replaced on re-ranking, except those a later ranking has taken over since. */
  private readonly exclusionKeys = new Map<string, string[]>();

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
    const atMs = Date.parse(at);
    for (const offer of offers) {
      this.offers.set(offer.offerId, offer);
      let byBrand = this.prices.get(offer.brandId);
      if (byBrand === undefined) {
        byBrand = { all: [], bySku: new Map(), byGtin: new Map(), summaries: new Map(), summariesBySku: new Map(), summariesByGtin: new Map() };
        this.prices.set(offer.brandId, byBrand);
      }
      const position = byBrand.all.length;
      const point = quotedPriceOf(offer, at);
      byBrand.all.push(point);
      summaryFor(byBrand, point.sku, point.gtin).add(point, atMs);
      appendPosition(byBrand.bySku, offer.product.sku, position);
      if (offer.product.gtin !== undefined) appendPosition(byBrand.byGtin, offer.product.gtin, position);
    }
  }
  offer(offerId: string): Offer | undefined {
    return this.offers.get(offerId);
  }
  recordRankingExclusions(rankingId: string, excluded: readonly RankingExclusion[]): void {
    for (const key of this.exclusionKeys.get(rankingId) ?? []) if (this.exclusions.get(key)?.rankingId === rankingId) this.exclusions.delete(key);
    const keys = excluded.map((e) => `${e.requestId}\u0000${e.offerId}`);
    excluded.forEach((exclusion, i) => this.exclusions.set(keys[i]!, { rankingId, exclusion }));
    this.exclusionKeys.set(rankingId, keys);
  }
  rankingExclusion(requestId: string, offerId: string): RankingExclusion | undefined {
    return this.exclusions.get(`${requestId}\u0000${offerId}`)?.exclusion;
  }
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[] {
    const byBrand = this.prices.get(brandId);
    if (byBrand === undefined) return [];
    // The prices of the same sku or the same GTIN, oldest first, each once: both position lists ascend, so a merge
    // gives what filtering every price of the brand would (the brand's history grows with every request).
    const bySku = byBrand.bySku.get(product.sku) ?? NO_POSITIONS;
    const byGtin = product.gtin === undefined ? NO_POSITIONS : (byBrand.byGtin.get(product.gtin) ?? NO_POSITIONS);
    const out: QuotedPrice[] = [];
    for (let i = 0, j = 0; i < bySku.length || j < byGtin.length; ) {
      const a = i < bySku.length ? bySku[i]! : Infinity;
      const b = j < byGtin.length ? byGtin[j]! : Infinity;
      const next = a < b ? a : b;
      if (a === next) i++;
      if (b === next) j++;
      out.push(byBrand.all[next]!);
    }
    return out;
  }
  priceSummaries(brandId: string, product: { sku: string; gtin?: string | undefined }): readonly PriceSummary[] {
    const byBrand = this.prices.get(brandId);
    if (byBrand === undefined) return [];
    const bySku = byBrand.summariesBySku.get(product.sku) ?? NO_SUMMARIES;
    const byGtin = product.gtin === undefined ? NO_SUMMARIES : (byBrand.summariesByGtin.get(product.gtin) ?? NO_SUMMARIES);
    const out = bySku.map((s) => s.summary);
    // A summary under both the sku and the GTIN is listed once.
    for (const s of byGtin) if (s.sku !== product.sku) out.push(s.summary);
    return out;
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
    let amountMinor = 0;
    for (const o of this.orders()) {
      if (o.placedAt.slice(0, 7) !== month) continue;
      const spend = spendOfOrder(o);
      if (spend.currency === currency) amountMinor += spend.amountMinor;
    }
    return { amountMinor, currency };
  }
}
