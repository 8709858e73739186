/** The time and size an HTTP server gives one client: what a slow or hostile one can hold, and no more. */
export interface HttpServeLimits {
  /** Milliseconds from a request's first byte (or the connection's opening) until its headers are complete. */
  readonly headersTimeoutMs: number;
  /** Milliseconds from a request's first byte until its whole body is in; at least `headersTimeoutMs`. */
  readonly requestTimeoutMs: number;
  /** Milliseconds an idle keep-alive connection stays open between requests. */
  readonly keepAliveTimeoutMs: number;
  /** Largest request body read; larger ones are answered 413 unread. Default: the server's own (a brand's: twice its `maxPayloadBytes`). */
  readonly maxBodyBytes?: number;
}

/**
 * The defaults, for a server reachable by anyone (a public brand server, the person's web page). A request's headers
 * are well under a few KB and leave in one segment: 10 s covers many round trips on the slowest link, where Node's
 * default (60 s) lets a client that sends a header byte at a time (slowloris) hold a connection a minute. A whole
 * request is at most the body cap (512 KiB for a brand by default): 30 s is 140 kbit/s, slower than any link a butler
 * or a browser sends from, where Node's default (300 s) lets a client that trickles its body hold a connection and its
 * buffered bytes five minutes. An idle keep-alive connection stays 65 s: clients close idle connections a second before
 * the time the server announces, so a long one leaves the closing to them (Node's 5 s made a client that picked a
 * closing connection see "other side closed"); it holds no request and no buffer, and Node ≥ 18 does not count it
 * against the headers timeout. The request time bounds receiving a request only, not a streamed answer.
 */
export const HTTP_SERVE_LIMITS: Readonly<Required<Omit<HttpServeLimits, 'maxBodyBytes'>>> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
});

/** The limits a server uses: the defaults with the given ones on top, checked (a RangeError names the first that is not usable). */
export function httpServeLimits(given: Partial<HttpServeLimits> = {}): HttpServeLimits {
  const limits = { ...HTTP_SERVE_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) } as HttpServeLimits;
  for (const key of ['headersTimeoutMs', 'requestTimeoutMs', 'keepAliveTimeoutMs', 'maxBodyBytes'] as const) {
    const value = limits[key];
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) throw new RangeError(`${key} must be a positive whole number, got ${String(value)}`);
  }
  if (limits.requestTimeoutMs < limits.headersTimeoutMs) {
    throw new RangeError(`requestTimeoutMs (${limits.requestTimeoutMs}) must be at least headersTimeoutMs (${limits.headersTimeoutMs})`);
  }
  return limits;
}

/**
 * The options to create a Node HTTP server with (`http.createServer(options)`): Node looks for connections past their
 * headers or request time on `connectionsCheckingInterval` (30 s by default, which would let a slow client stay up to
 * 30 s past its limit): a quarter of the headers time, at most a second.
 */
export function httpServerOptionsOf(limits: HttpServeLimits): { readonly connectionsCheckingInterval: number } {
  return { connectionsCheckingInterval: Math.min(1_000, Math.ceil(limits.headersTimeoutMs / 4)) };
}

/** The timeouts a Node HTTP server holds (`http.Server`), as this file sets them. */
export interface TimedHttpServer {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
}

/** Sets a Node HTTP server's timeouts to `limits` (created with `httpServerOptionsOf(limits)`); returns it. */
export function applyHttpServeLimits<S extends TimedHttpServer>(server: S, limits: HttpServeLimits): S {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  return server;
}
