// Public API of consent: mandates for exactly what the person accepted, and receipt checks against it.
// The other half lives with the brands: `checkMandate` in brand-agent/check-mandate.ts refuses any order its mandate
// does not authorise (other offer or quantity, expired, different terms hash, price above the maximum amount).
export { issueMandate, MANDATE_LIFETIME_MS } from './issue-mandate.ts';
export { checkReceipt } from './check-receipt.ts';
export type { ReceiptMismatch, ReceiptVerdict } from './check-receipt.ts';
