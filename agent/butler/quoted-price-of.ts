import type { Offer } from '../../protocol/index.ts';
import { wasPriceOf } from '../scoring/index.ts';
import type { QuotedPrice } from './butler-memory.ts';

/** The price an offer quotes, as a memory keeps it for the price checks: product, price, quantity, when, and the "was" price it showed. */
export function quotedPriceOf(offer: Offer, at: string): QuotedPrice {
  const wasPrice = wasPriceOf(offer);
  return { brandId: offer.brandId, sku: offer.product.sku, gtin: offer.product.gtin, price: offer.price, quantity: offer.quantity, at, ...(wasPrice === undefined ? {} : { wasPrice }) };
}
