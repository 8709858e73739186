import { MajordomeError } from '../../protocol/index.ts';

/** Why the butler stopped reading a brand's answer before it was complete, or did not follow it. */
export const BRAND_RESPONSE_ERROR_CODES = {
  PAYLOAD_TOO_LARGE: 'The brand answer exceeded the size limit while it was being read.',
  TIMEOUT: 'The brand answer (headers and body) did not arrive within the call budget.',
  REDIRECT_REFUSED:
    "The brand answered with a redirect the butler does not follow (another origin, or a path outside the configured endpoint's own), so the message was not sent on.",
} as const;

/** A code from `BRAND_RESPONSE_ERROR_CODES`. */
export type BrandResponseErrorCode = keyof typeof BRAND_RESPONSE_ERROR_CODES;

/** A local fault raised while receiving a brand answer: it aborts the exchange and becomes a typed BrandCallError. */
export class BrandResponseError extends MajordomeError<BrandResponseErrorCode> {}
