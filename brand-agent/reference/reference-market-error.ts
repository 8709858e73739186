import { MajordomeError } from '../../protocol/index.ts';

/** Local (never on the wire) failures of the reference market: bad data files, unknown ids, bad strategy params. */
export const REFERENCE_MARKET_ERROR_CODES = {
  INVALID_DATA: 'A reference data file does not match its schema or contradicts another file.',
  UNKNOWN_BRAND: 'No reference brand has this id.',
  UNKNOWN_PRODUCT: 'No reference product has this id or sku.',
  INVALID_PARAMS: 'The strategy parameters do not match the strategy schema.',
} as const;

/** A reference market error code. */
export type ReferenceMarketErrorCode = keyof typeof REFERENCE_MARKET_ERROR_CODES;

/** A fault in the reference market set-up (a programming or data error, not a business outcome). */
export class ReferenceMarketError extends MajordomeError<ReferenceMarketErrorCode> {
  override readonly name = 'ReferenceMarketError';
}
