import type { Money } from '../../protocol/index.ts';
import type { ButlerMemory, OrderRecord } from './butler-memory.ts';
import { withOwnOrderId } from './own-order-id.ts';
import { STALE_RESERVATION_MS, type PurchaseReservations, type ReservationEnd, type ReservationOutcome, type ReservationRequest } from './purchase-reservations.ts';

/**
 * Reservations for a memory that lives in one process (tests, the simulator): JavaScript runs `reserve` to the end
 * without interleaving, so holding pending prices in a map is atomic within the process.
 */
export class InProcessReservations implements PurchaseReservations {
  readonly #pending = new Map<string, { amount: Money; at: number; idempotencyKey: string }>();

  constructor(private readonly memory: ButlerMemory) {}

  reserve(request: ReservationRequest): ReservationOutcome {
    const { offer, now } = request;
    const existing = this.memory.orderOfOffer(offer.offerId);
    if (existing) return { kind: 'already-ordered', status: existing.status, orderId: existing.orderId };
    const pending = this.#pending.get(offer.offerId);
    if (pending && now.getTime() - pending.at < STALE_RESERVATION_MS) return { kind: 'already-ordered', status: 'pending' };
    const month = now.toISOString().slice(0, 7);
    let held = 0;
    for (const [id, p] of this.#pending) {
      if (id !== offer.offerId && p.amount.currency === request.currency && new Date(p.at).toISOString().slice(0, 7) === month) held += p.amount.amountMinor;
    }
    const spent = this.memory.spentInMonth(now, request.currency);
    const verdict = request.check({ amountMinor: spent.amountMinor + held, currency: request.currency });
    if (!verdict.allowed) return { kind: 'blocked-by-policy', violations: verdict.violations };
    this.#pending.set(offer.offerId, { amount: offer.price, at: now.getTime(), idempotencyKey: request.idempotencyKey });
    return { kind: 'reserved', idempotencyKey: request.idempotencyKey };
  }

  complete(offerId: string, end: ReservationEnd): OrderRecord | undefined {
    const pending = this.#pending.get(offerId);
    this.#pending.delete(offerId);
    if (end.kind !== 'ordered') return undefined;
    // As the SQLite reservations: an order is completed only after its reservation (purchase always reserves first).
    if (pending === undefined) throw new Error(`no reservation for offer ${offerId}`);
    const order = withOwnOrderId(end.order, this.memory.order(end.order.orderId), pending.idempotencyKey);
    this.memory.saveOrder(order);
    return order;
  }
}
