// Public API of consent: mandates for exactly what the person accepted, and receipt checks against it.
export { issueMandate, MANDATE_LIFETIME_MS } from './issue-mandate.ts';
export { checkReceipt } from './check-receipt.ts';
export type { ReceiptMismatch, ReceiptVerdict } from './check-receipt.ts';
