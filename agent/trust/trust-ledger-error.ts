import { MajordomeError } from '../../protocol/index.ts';

/** Every trust-ledger error code with what it means; the `TrustLedgerErrorCode` type is derived from it. */
export const TRUST_LEDGER_ERROR_CODES = {
  INVALID_EVENT: 'The event or its evidence does not match the trust event schema (malformed, NaN, oversized excerpt…); nothing was written.',
  UNKNOWN_BRAND: 'The brand is not registered in the ledger; register it first. Nothing was written.',
  INVALID_LINK: 'An identity cannot be linked to itself.',
  INVALID_TIME: 'The time given is not a finite epoch-milliseconds number.',
  CORRUPT_RECORD: 'A stored event or cached score does not parse: the database was edited behind the API (run `majordome ledger verify`).',
} as const;

/** A trust-ledger error code. */
export type TrustLedgerErrorCode = keyof typeof TRUST_LEDGER_ERROR_CODES;

/** A local trust-ledger fault with a typed code; `details` carries e.g. the zod issues and the index of the bad event. */
export class TrustLedgerError extends MajordomeError<TrustLedgerErrorCode> {
  override readonly name = 'TrustLedgerError';

  constructor(code: TrustLedgerErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, { details });
  }
}
