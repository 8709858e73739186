// How a kept-alive connection the server had already closed shows when the next request is written on it.

/** Undici's and Node's error codes for a request that died on a connection the server had closed before answering. */
const STALE_CONNECTION = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** True when `code` (an error's `code`, whatever its type) says the connection was stale: the request may be sent again. */
export function isStaleConnectionCode(code: unknown): boolean {
  return typeof code === 'string' && STALE_CONNECTION.has(code);
}
