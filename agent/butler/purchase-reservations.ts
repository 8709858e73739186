import type { Money, Offer } from '../../protocol/index.ts';
import type { PolicyVerdict, PolicyViolation } from '../policy/index.ts';
import type { OrderRecord, OrderStatus } from './butler-memory.ts';

/** A reservation older than this whose process never completed it (a crash) may be taken again, with the same key. */
export const STALE_RESERVATION_MS = 10 * 60_000;

/** What `reserve` is asked to do: one offer, its idempotency key, and the person's rules as a function of spending. */
export interface ReservationRequest {
  readonly offer: Offer;
  readonly idempotencyKey: string;
  readonly now: Date;
  /** The currency of the person's caps: spending in it (pending reservations included) is what `check` receives. */
  readonly currency: string;
  readonly check: (spentThisMonth: Money) => PolicyVerdict;
}

/** The outcome of reserving: the price is held against every cap, or why not. */
export type ReservationOutcome =
  | { readonly kind: 'reserved'; readonly idempotencyKey: string }
  | { readonly kind: 'already-ordered'; readonly status: OrderStatus | 'pending'; readonly orderId?: string | undefined }
  | { readonly kind: 'blocked-by-policy'; readonly violations: readonly PolicyViolation[] };

/**
 * How a reservation ends: the order (placed or refused, under the brand's order id) is stored with it, or the brand
 * call failed and it is released.
 */
export type ReservationEnd = { readonly kind: 'ordered'; readonly order: OrderRecord } | { readonly kind: 'released' };

/**
 * Atomic spending: `reserve` refuses a second order of one offer, checks the person's rules against the month's
 * spending including pending reservations, and holds the price, all in one step (one SQLite `BEGIN IMMEDIATE`
 * transaction in production), so concurrent confirmations can neither exceed a cap nor order one offer twice.
 */
export interface PurchaseReservations {
  reserve(request: ReservationRequest): ReservationOutcome;
  /**
   * Ends a reservation; an order is saved in the same step, so a placed order is never lost nor counted twice, under
   * an id of its own (`withOwnOrderId`, decided in that step too). Returns the order as saved (undefined if released).
   */
  complete(offerId: string, end: ReservationEnd): OrderRecord | undefined;
}
