import type { ProtocolErrorCode } from '../../protocol/index.ts';
import type { BrandCallError, TransportErrorCode } from '../transport/index.ts';

/**
 * What a failed `place_order` says about the order: `refused`, the brand answered "no" in the protocol's own terms, so
 * nothing was ordered; `answer-lost`, the call ended without an answer the butler can take as that "no", so the brand
 * may hold the order and the mandate (the butler asks `get_order`, and keeps the order `unconfirmed` if that is lost too).
 *
 * Read from the protocol's error table (`PROTOCOL_ERROR_CODES`) and the transport's:
 * - every `business` code is refused: the brand's handler looked at this order and declined it, in a tool result;
 * - a `fault` is refused only when the brand rejected the message before any handler ran (its version, the tool, its
 *   schema); the others say the handler ran, or may still run, and then failed (`HANDLER_TIMEOUT`, `INVALID_OUTPUT`,
 *   `INTERNAL_ERROR`), or that the message could not be carried (`PAYLOAD_TOO_LARGE`: the butler also gives it to an
 *   answer past its size limit, which may be the receipt; a 413 may come from a proxy);
 * - every transport code is lost: no answer in time, the connection dropped, an unreadable answer, an error outside
 *   the protocol's table (`REMOTE_FAULT`: it names no refusal), a redirect the butler did not follow (`REDIRECT_REFUSED`:
 *   the endpoint's own word is no refusal either), the butler's own failure reading the answer.
 * A code the table does not know is lost (an unknown error proves nothing was ordered no more than a timeout does).
 */
export const PLACE_ORDER_FAILURE = {
  CAPABILITY_NOT_SUPPORTED: 'refused',
  UNKNOWN_OFFER: 'refused',
  OFFER_EXPIRED: 'refused',
  OUT_OF_STOCK: 'refused',
  MANDATE_EXCEEDED: 'refused',
  MANDATE_EXPIRED: 'refused',
  TERMS_MISMATCH: 'refused',
  ROUND_LIMIT_EXCEEDED: 'refused',
  NEGOTIATION_CLOSED: 'refused',
  IDEMPOTENCY_CONFLICT: 'refused',
  UNKNOWN_ORDER: 'refused',
  UNSUPPORTED_VERSION: 'refused',
  UNKNOWN_TOOL: 'refused',
  INVALID_PAYLOAD: 'refused',
  PAYLOAD_TOO_LARGE: 'answer-lost',
  HANDLER_TIMEOUT: 'answer-lost',
  INVALID_OUTPUT: 'answer-lost',
  INTERNAL_ERROR: 'answer-lost',
  TIMEOUT: 'answer-lost',
  CONNECTION_FAILED: 'answer-lost',
  INVALID_RESPONSE: 'answer-lost',
  REMOTE_FAULT: 'answer-lost',
  REDIRECT_REFUSED: 'answer-lost',
  INTERNAL: 'answer-lost',
} as const satisfies Record<ProtocolErrorCode | TransportErrorCode, 'refused' | 'answer-lost'>;

/** What a failed `place_order` says about the order (`PLACE_ORDER_FAILURE`; an unknown code: lost). */
export function placeOrderFailure(error: BrandCallError): 'refused' | 'answer-lost' {
  return Object.hasOwn(PLACE_ORDER_FAILURE, error.code) ? PLACE_ORDER_FAILURE[error.code] : 'answer-lost';
}

/**
 * What a failed `get_order` (asked by the order's key after an answer was lost) says: only the brand's word that it
 * holds no order under that key (`UNKNOWN_ORDER`) ends the order as not placed; any other failure, a refusal of
 * another kind included (the brand not supporting the question is no answer to it), leaves the outcome unknown.
 */
export function getOrderFailure(error: BrandCallError): 'no-such-order' | 'answer-lost' {
  return error.code === 'UNKNOWN_ORDER' ? 'no-such-order' : 'answer-lost';
}
