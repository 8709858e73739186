import { randomBytes } from 'node:crypto';

/** How long a shown proposal may be confirmed (ms). */
export const CONFIRMATION_TTL_MS = 10 * 60_000;
const MAX_PENDING = 200;

/**
 * Proposals shown to the person and awaiting their "yes": a purchase must present the confirmation id of a proposal
 * fetched for the same offer, unexpired and unused, so no request can buy without the summary having been shown first.
 */
export class PurchaseConfirmations {
  readonly #pending = new Map<string, { offerId: string; expiresAtMs: number }>();

  /** Records that the proposal for `offerId` was shown; returns the id its confirmation must carry. */
  issue(offerId: string, nowMs: number): { confirmationId: string; expiresAt: string } {
    for (const [id, p] of this.#pending) if (p.expiresAtMs <= nowMs) this.#pending.delete(id);
    while (this.#pending.size >= MAX_PENDING) this.#pending.delete(this.#pending.keys().next().value!);
    const confirmationId = randomBytes(16).toString('base64url');
    const expiresAtMs = nowMs + CONFIRMATION_TTL_MS;
    this.#pending.set(confirmationId, { offerId, expiresAtMs });
    return { confirmationId, expiresAt: new Date(expiresAtMs).toISOString() };
  }

  /** Uses up a confirmation id (single use); true only if it was issued for this offer and has not expired. */
  consume(confirmationId: string, offerId: string, nowMs: number): boolean {
    const pending = this.#pending.get(confirmationId);
    if (!pending) return false;
    this.#pending.delete(confirmationId);
    return pending.offerId === offerId && nowMs < pending.expiresAtMs;
  }
}
