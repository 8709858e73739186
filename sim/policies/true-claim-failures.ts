import { settleDelivery } from '../../brand-agent/reference/index.ts';
import type { Offer } from '../../protocol/index.ts';
import type { Market } from '../market/build-market.ts';

const DAY_MS = 86_400_000;

/**
 * How many distinct stated facts of an offer (its claims and listed attributes) the product's ground truth
 * contradicts: what an all-knowing buyer expects to find wrong on delivery. Checked by the same settlement the
 * simulation uses, on a receipt exactly as offered.
 */
export function trueClaimFailures(market: Market, offer: Offer, now: Date): number {
  const outcome = settleDelivery({
    brandId: offer.brandId,
    offer,
    receipt: {
      orderId: `estimate-${offer.offerId}`,
      offerId: offer.offerId,
      idempotencyKey: `estimate-${offer.offerId}`.padEnd(16, '0'),
      brandId: offer.brandId,
      sku: offer.product.sku,
      quantity: offer.quantity,
      charged: offer.price,
      terms: offer.terms,
      placedAt: now.toISOString(),
      termsHash: '0'.repeat(64),
    },
    now: new Date(now.getTime() + 366 * DAY_MS),
    truth: market.truth,
  });
  if (outcome.status === 'in-transit') return 0;
  return new Set(outcome.claims.filter((c) => c.held === false).map((c) => c.attribute)).size;
}
