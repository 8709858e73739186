import { createHash } from 'node:crypto';
import { buyerPseudonym, type BrandConnection } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import type { BrandCallResult } from '../../agent/transport/index.ts';
import { PROTOCOL_VERSION, type Offer, type Receipt } from '../../protocol/index.ts';
import type { DecisionContext } from './decision.ts';

/**
 * Orders an offer the way a simple agent would: a mandate for the offer (its maximum raised to `maxAmountMinor` when
 * the agent authorises up to the budget), a derived idempotency key, and no check of the receipt afterwards.
 */
export async function placeOrder(ctx: DecisionContext, brand: BrandConnection, offer: Offer, maxAmountMinor: number, policy: string): Promise<BrandCallResult<Receipt>> {
  const key = createHash('sha256').update(`${ctx.consumer.secret}:${policy}:${offer.offerId}`).digest('hex').slice(0, 32);
  const mandate = issueMandate(offer, { mandateId: `mandate-${key.slice(0, 16)}`, now: ctx.now });
  const maxAmount = { amountMinor: Math.max(offer.price.amountMinor, maxAmountMinor), currency: offer.price.currency };
  return brand.placeOrder(
    {
      protocolVersion: PROTOCOL_VERSION,
      idempotencyKey: `idem-${key}`,
      requestId: offer.requestId,
      offerId: offer.offerId,
      buyerId: buyerPseudonym(ctx.consumer.secret, offer.brandId),
      quantity: offer.quantity,
      mandate: { ...mandate, maxAmount },
    },
    brand.timeoutMs,
  );
}
