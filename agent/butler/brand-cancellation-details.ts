import type { ReceiptMismatch } from '../consent/index.ts';

/**
 * The fields whose agreed value is the butler's own, not what the brand was sent: its id of the offer (the brand's id
 * behind the person's name for the brand) and the mandate's terms hash over that id (the brand's mandate carried one
 * over its own id).
 */
const BUTLER_SIDE: ReadonlySet<ReceiptMismatch['field']> = new Set(['offerId', 'termsHash']);

/**
 * Why a receipt is refused, as the cancellation tells the brand: each difference with the agreed value and the
 * receipt's, except where the agreed value is the butler's own (`BUTLER_SIDE`): there only the receipt's value, which
 * is the brand's. The person's record keeps every value; the brand learns only what it sent and what it was sent.
 */
export function brandCancellationDetails(mismatches: readonly ReceiptMismatch[]): string {
  return mismatches.map((m) => (BUTLER_SIDE.has(m.field) ? `${m.field}: not the one ordered, receipt ${m.actual}` : `${m.field}: agreed ${m.expected}, receipt ${m.actual}`)).join('; ');
}
