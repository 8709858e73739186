import type { CatalogEntry, OfferContext } from '../../definition.ts';
import { whenReady, type MaybePromise } from '../../when-ready.ts';
import { ProtocolError, hashReceiptTerms, type Money, type Offer, type Order, type Receipt, type Terms } from '../../../protocol/index.ts';
import { catalogEntries, entryBySku } from './catalog-entries.ts';
import { orderIdFor } from './offer-ids.ts';

/** Throws OUT_OF_STOCK unless the brand still lists the offer's product with enough stock for the order. */
export function requireStock(order: Order, ctx: OfferContext): MaybePromise<void> {
  return whenReady(catalogEntries(ctx), (entries) => requireStockIn(entries, order, ctx));
}

/** `requireStock` once the catalog is read. */
function requireStockIn(entries: readonly CatalogEntry[], order: Order, ctx: OfferContext): void {
  const entry = entryBySku(entries, ctx.offer.product.sku);
  const available = entry?.stock ?? 0;
  if (available < order.quantity) {
    throw new ProtocolError('OUT_OF_STOCK', `${ctx.offer.product.title}: ${available} in stock, ${order.quantity} ordered`, {
      sku: ctx.offer.product.sku,
      available,
    });
  }
}

/**
 * The receipt for an order: echoes the order's ids, sku and quantity, states what was charged and on which terms
 * (by default exactly the offer's), and hashes those applied terms honestly with `hashReceiptTerms`.
 */
export function buildReceipt(order: Order, offer: Offer, brandId: string, now: Date, applied: { charged?: Money; terms?: Terms } = {}): Receipt {
  const charged = applied.charged ?? offer.price;
  const terms = applied.terms ?? offer.terms;
  const core = { offerId: order.offerId, brandId, sku: offer.product.sku, quantity: order.quantity, charged, terms };
  return {
    orderId: orderIdFor(brandId, order.idempotencyKey),
    idempotencyKey: order.idempotencyKey,
    ...core,
    placedAt: now.toISOString(),
    termsHash: hashReceiptTerms(core),
  };
}

/** The honest fulfilment: stock checked, charged exactly the offer's price on the offer's terms. */
export function honestReceipt(order: Order, ctx: OfferContext): MaybePromise<Receipt> {
  return whenReady(requireStock(order, ctx), () => buildReceipt(order, ctx.offer, ctx.card.id, ctx.now));
}
