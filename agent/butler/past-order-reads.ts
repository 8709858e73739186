import type { PurchaseHistory } from '../decision/index.ts';
import type { RatedPurchase } from '../taste/index.ts';
import type { ButlerMemory, OrderOfOffer, PastOrder } from './butler-memory.ts';
import { orderOfOfferIn } from './order-of-offer.ts';
import { purchaseHistoryOf } from './purchase-history.ts';
import { ratedPurchasesOf } from './rated-purchases.ts';

/**
 * The butler's narrow reads of past orders (`ratedPurchases`, `purchaseHistory`, `orderOfOffer`), each derived from one
 * list of past orders: a memory extends this and says where that list comes from (every order it keeps, or the compact
 * records a simulated memory keeps of older ones).
 */
export abstract class PastOrderReads implements Pick<ButlerMemory, 'ratedPurchases' | 'purchaseHistory' | 'orderOfOffer'> {
  /** The orders the reads derive from, oldest first as the memory keeps them. */
  protected abstract pastOrders(): readonly PastOrder[];
  ratedPurchases(): RatedPurchase[] {
    return ratedPurchasesOf(this.pastOrders());
  }
  purchaseHistory(category: string, now?: Date): PurchaseHistory {
    return purchaseHistoryOf(this.pastOrders(), category, now);
  }
  orderOfOffer(offerId: string): OrderOfOffer | undefined {
    return orderOfOfferIn(this.pastOrders(), offerId);
  }
}
