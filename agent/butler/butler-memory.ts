import type { Mandate, Money, Offer, Product, Receipt } from '../../protocol/index.ts';
import type { ExclusionCode, PurchaseHistory } from '../decision/index.ts';
import type { Exchange } from '../negotiation/index.ts';
import type { Profile } from '../policy/index.ts';
import type { PriceSummary } from '../scoring/index.ts';
import type { RatedPurchase } from '../taste/index.ts';

/**
 * Where an order stands. `unconfirmed`: the brand's answer to the order was lost (no answer in time, or one the butler
 * could not read) and asking it by the order's key gave no answer either: it may hold the order and the mandate.
 */
export type OrderStatus = 'placed' | 'refused-bait-and-switch' | 'unconfirmed' | 'failed' | 'outcome-reported';

/** What became of the butler's request to cancel a refused order at the brand (protocol 1.1 `cancel_order`). */
export interface OrderCancellation {
  /** cancelled / refused: the brand's answer; failed: the call failed; not-supported: the brand has no cancel_order (1.0 or no capability). */
  readonly outcome: 'cancelled' | 'refused' | 'failed' | 'not-supported';
  readonly refund?: Money | undefined;
  /** The brand's note (untrusted text) or the failure, in words. */
  readonly message?: string | undefined;
  readonly at: string;
}

/**
 * The person's own word about an unconfirmed order the brand never answered: nothing was charged. Only the person's
 * surfaces make one (`releaseUnconfirmedOrder`: the terminal, the web orders page), never anything a brand sends; it
 * frees the amount the order held against the caps (`spendOfOrder`) while the brand stays silent, and is kept in the
 * order's chained record. The brand's later answer still settles the order (a receipt counts again).
 */
export interface OrderRelease {
  readonly statement: 'nothing-charged';
  readonly by: 'person';
  readonly channel: 'terminal' | 'web';
  readonly at: string;
}

/** An order the butler placed (or tried to), with everything needed to audit it later. */
export interface OrderRecord {
  readonly orderId: string;
  readonly requestId: string;
  readonly brandId: string;
  readonly offer: Offer;
  readonly mandate: Mandate;
  readonly receipt?: Receipt | undefined;
  readonly status: OrderStatus;
  readonly placedAt: string;
  readonly note?: string | undefined;
  /** The person's rating of what arrived, 1..5 stars (taste), and when they gave it. */
  readonly rating?: number | undefined;
  readonly ratedAt?: string | undefined;
  /** Set when the butler asked the brand to cancel this order (after refusing its receipt). */
  readonly cancellation?: OrderCancellation | undefined;
  /** Set when the person declared that nothing was charged for this order while it was unconfirmed. */
  readonly release?: OrderRelease | undefined;
  /**
   * The honesty finding codes the offer was ranked with when it was bought: its outcome report hands them to the
   * ledger (`order-outcome` `findings`). Absent on orders placed before they were kept.
   */
  readonly findings?: readonly string[] | undefined;
}

/**
 * The part of an order the butler reads again once it is placed (taste, purchase history, a second purchase of the
 * same offer): every OrderRecord is one, so a memory may keep only this much of orders it never shows in full.
 */
export type PastOrder = Pick<OrderRecord, 'orderId' | 'brandId' | 'status' | 'placedAt' | 'rating' | 'ratedAt'> & {
  readonly offer: { readonly offerId: string; readonly product: Pick<Product, 'category' | 'attributes'> };
};

/** An order of an offer, as a second purchase of the same offer reads it. */
export type OrderOfOffer = Pick<OrderRecord, 'orderId' | 'status'>;

/** Why the latest ranking of a request excluded one of its offers: the reasons' codes and details, as the ranking gave them. */
export interface RankingExclusion {
  readonly requestId: string;
  readonly offerId: string;
  /**
   * Why the offer may not be bought. A reason with `from` (an ISO time) holds only after that moment: an offer that
   * arrives by the person's deadline when ordered now stops doing so once its delivery days no longer fit before it.
   */
  readonly reasons: ReadonlyArray<{ readonly code: ExclusionCode; readonly detail: string; readonly from?: string | undefined }>;
}

/** A price this brand quoted for a product, kept to catch fake "was/now" discounts. */
export interface QuotedPrice {
  readonly brandId: string;
  readonly sku: string;
  readonly gtin?: string | undefined;
  readonly price: Money;
  readonly quantity: number;
  readonly at: string;
  /** The "was" price the quote showed (`wasPriceOf`), if any. */
  readonly wasPrice?: Money | undefined;
}

/** The butler's persistent memory besides the trust ledger (SQLite in production, in-memory in tests). */
export interface ButlerMemory {
  loadProfile(): Profile;
  saveProfile(profile: Profile): void;
  /** A random secret created once per install; keys the per-brand pseudonyms. */
  installSecret(): string;
  recordExchanges(requestId: string, exchanges: readonly Exchange[]): void;
  exchangesOf(requestId: string): Exchange[];
  recordOffers(offers: readonly Offer[], at: string): void;
  offer(offerId: string): Offer | undefined;
  /**
   * Keeps the exclusions of ranking `rankingId` (the shop request's id), replacing all that an earlier ranking with the
   * same id kept, those under another request id (its "anything cheaper?" round's) included. An offer's exclusion is
   * the one the latest ranking to exclude it gave.
   */
  recordRankingExclusions(rankingId: string, excluded: readonly RankingExclusion[], at: string): void;
  /** Why the latest ranking of this offer's request excluded it; undefined when it did not (or never ranked it). */
  rankingExclusion(requestId: string, offerId: string): RankingExclusion | undefined;
  priceHistory(brandId: string, product: { sku: string; gtin?: string | undefined }): QuotedPrice[];
  /**
   * The same prices kept summarised as they are recorded, one `PriceSummary` per sku and GTIN the brand quoted that
   * matches the product (each price in exactly one), for a memory that keeps them: the reference-price check then reads
   * these instead of the whole history, which grows with every request. Optional: `priceHistory` is read otherwise.
   */
  priceSummaries?(brandId: string, product: { sku: string; gtin?: string | undefined }): readonly PriceSummary[];
  saveOrder(order: OrderRecord): void;
  order(orderId: string): OrderRecord | undefined;
  orders(): OrderRecord[];
  /** The orders the person rated, as the taste model reads them: `ratedPurchasesOf(orders())`. */
  ratedPurchases(): RatedPurchase[];
  /** The person's usual brands and styles in a category (their bubble) at `now`: `purchaseHistoryOf(orders(), category, now)`. */
  purchaseHistory(category: string, now?: Date): PurchaseHistory;
  /** The first order of this offer that did not fail, if any: `orders().find(...)` (a purchase never buys an offer twice). */
  orderOfOffer(offerId: string): OrderOfOffer | undefined;
  /** Money spent (orders placed and not refused, and prices reserved for orders under way) in the calendar month (UTC) of `now`. */
  spentInMonth(now: Date, currency: string): Money;
  /**
   * Runs `work` as one transaction that no other process interleaves with (SQLite: `BEGIN IMMEDIATE`). A memory
   * that lives in one process may omit it: synchronous work is never interleaved there.
   */
  atomically?<T>(work: () => T): T;
}

/** Runs `work` in the memory's transaction when it has one (`ButlerMemory.atomically`), else as it is. */
export function atomicallyIn<T>(memory: ButlerMemory, work: () => T): T {
  return memory.atomically ? memory.atomically(work) : work();
}
