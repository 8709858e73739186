import type { BrandCard, CancelOrder, Cancellation, Order, OrderStatusRequest, Receipt } from '../../protocol/index.ts';
import type { NegotiationPeer } from '../negotiation/index.ts';
import type { BrandCallResult } from '../transport/index.ts';
import type { IdentityViolation } from './identity-violation.ts';
import type { BriefRecipient } from './fan-out.ts';

/**
 * Everything the butler needs from one brand. `BrandClient` (over MCP) provides it; the simulator's fast path
 * provides the same over the brand logic directly, so both run the very same butler code.
 */
export interface BrandConnection extends BriefRecipient, NegotiationPeer {
  readonly card: BrandCard;
  placeOrder(order: Order, timeoutMs?: number): Promise<BrandCallResult<Receipt>>;
  getOrder(request: OrderStatusRequest, timeoutMs?: number): Promise<BrandCallResult<Receipt>>;
  /** Protocol 1.1: cancels an order; called only when the brand agreed to `cancellations` (1.0 peers lack it). */
  cancelOrder?(request: CancelOrder, timeoutMs?: number): Promise<BrandCallResult<Cancellation>>;
  /** Protocol violations seen since the last call; present on connections bound to their identity (`bindBrandIdentity`). */
  takeViolations?(): IdentityViolation[];
}
