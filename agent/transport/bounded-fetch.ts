import { BrandResponseError } from './brand-response-error.ts';
import { currentCallScope } from './call-scope.ts';
import { EventSizeMeter, TotalSizeMeter } from './frame-size-meter.ts';
import { isStaleConnectionCode } from './stale-connection.ts';

/** The `fetch` shape the MCP SDK's Streamable HTTP client transport accepts. */
export type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** Limits applied by `createBoundedFetch`. */
export interface BoundedFetchOptions {
  /** Most bytes of one answer: a whole body, or one event of an event stream. */
  readonly maxFrameBytes: number;
  /** The fetch to wrap (default: the global one). */
  readonly baseFetch?: FetchLike;
  /** Budget of a POST that belongs to no call (e.g. a cancellation notice), in ms (default 30,000). */
  readonly unscopedPostBudgetMs?: number;
}

/** Whether an outgoing body is a JSON-RPC request (it awaits an answer), not a notification or a response. */
function carriesRequest(body: RequestInit['body']): boolean {
  if (typeof body !== 'string') return false;
  try {
    const message: unknown = JSON.parse(body);
    return typeof message === 'object' && message !== null && 'method' in message && 'id' in message;
  } catch {
    return false;
  }
}

/**
 * Wraps `fetch` for talking to brands over Streamable HTTP:
 *
 * - One short-lived signal per request. The MCP SDK passes the transport's lifetime signal to every fetch, and
 *   Node's fetch (undici) adds an abort listener to it that it only removes when the request is garbage collected
 *   (nodejs/undici#3157, nodejs/node#52635; deterministic removal landed upstream in nodejs/undici#5318, not in the
 *   undici bundled with Node 20). So the long-lived signal gains a listener per call and warns past 1,500. Here it
 *   gets exactly one listener per request in flight, removed when the body ends, errors, is cancelled or times out.
 * - Bytes are counted as they arrive; past `maxFrameBytes` the request is aborted and the body errors with
 *   PAYLOAD_TOO_LARGE, so a huge answer is never buffered.
 * - A POST made on behalf of a brand call (see `runInCallScope`) is aborted with TIMEOUT when the call's budget
 *   runs out, including while its body is still being read; an oversized answer ends that call at once.
 * - Once that call is over (its scope's `over` signal), what its answer still holds open ends there: an event stream
 *   serves the one request it was opened for, and a brand that keeps every stream open after its answer would otherwise
 *   hold a connection, and a listener on the transport's signal, for every call it was ever asked.
 */
export function createBoundedFetch(options: BoundedFetchOptions): FetchLike {
  const baseFetch = options.baseFetch ?? ((url, init) => fetch(url, init));
  return async (url, init = {}) => {
    const request = new AbortController();
    // Only POSTed requests carry calls; the GET event stream lives as long as the connection, and a notification
    // (such as the cancellation the SDK sends once a call is given up) must not die with the call's signal.
    const isPost = (init.method ?? 'GET').toUpperCase() === 'POST';
    const call = isPost && carriesRequest(init.body) ? currentCallScope() : undefined;
    const unscopedBudgetMs = options.unscopedPostBudgetMs ?? 30_000;
    const timer =
      isPost && !call
        ? setTimeout(() => request.abort(new BrandResponseError('TIMEOUT', `the brand did not answer a POST within ${unscopedBudgetMs} ms`)), unscopedBudgetMs)
        : undefined;
    const parents = [init.signal, call?.signal].filter(
      (s): s is AbortSignal => s !== undefined && s !== null,
    );
    const forward = (event: Event) => request.abort((event.target as AbortSignal).reason);
    for (const parent of parents) {
      if (parent.aborted) request.abort(parent.reason);
      else parent.addEventListener('abort', forward, { once: true });
    }
    let released = false;
    // Set when the body is ended because the call is over (see `endWithCall`).
    let endAfterCall: (() => void) | undefined;
    const onCallOver = () => endAfterCall?.();
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      for (const parent of parents) parent.removeEventListener('abort', forward);
      call?.over?.removeEventListener('abort', onCallOver);
    };
    const failure = (error: unknown): unknown => (request.signal.aborted ? request.signal.reason : error);

    let response: Response;
    try {
      response = await fetchOnce(baseFetch, url, { ...init, signal: request.signal });
    } catch (error) {
      release();
      throw failure(error);
    }
    const tooLarge = (bytes: number) =>
      new BrandResponseError('PAYLOAD_TOO_LARGE', `the brand answer exceeds ${options.maxFrameBytes} bytes (${bytes} bytes or more)`, {
        details: { limitBytes: options.maxFrameBytes },
      });
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > options.maxFrameBytes) {
      const error = tooLarge(declared);
      request.abort(error);
      call?.fail(error);
      release();
      throw error;
    }
    if (!response.body) {
      release();
      return response;
    }
    const meter = /^\s*text\/event-stream/i.test(response.headers.get('content-type') ?? '') ? new EventSizeMeter() : new TotalSizeMeter();
    const reader = response.body.getReader();
    let endedWithCall = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (call?.over === undefined) return;
        endAfterCall = () => {
          if (released) return;
          // The call has its answer (or has ended): the rest of this body is for no one. The reader sees the body end
          // as if the brand had closed it, and the connection is given back.
          endedWithCall = true;
          release();
          request.abort();
          void reader.cancel().catch(() => undefined);
          try {
            controller.close();
          } catch {
            // Already closed or errored by the reader.
          }
        };
        if (call.over.aborted) endAfterCall();
        else call.over.addEventListener('abort', onCallOver, { once: true });
      },
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (endedWithCall) return;
          if (done) {
            release();
            controller.close();
            return;
          }
          const bytes = meter.add(value);
          if (bytes > options.maxFrameBytes) {
            const error = tooLarge(bytes);
            request.abort(error);
            call?.fail(error);
            release();
            void reader.cancel(error).catch(() => undefined);
            controller.error(error);
            return;
          }
          controller.enqueue(value);
        } catch (error) {
          if (endedWithCall) return;
          release();
          controller.error(failure(error));
        }
      },
      async cancel(reason) {
        release();
        await reader.cancel(reason).catch(() => undefined);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * One request, sent a second time only when it died on a connection the server had closed before any answer came: a
 * kept-alive connection that the brand's server let go while it sat idle (its keep-alive timeout) is reset when the
 * next request is written on it. Every brand tool is safe to send twice (the protocol makes orders idempotent by
 * their key and cancellations per order), the body is a string that can be sent again, and the retry runs under the
 * same signal, so the call's budget still bounds it; a brand that resets every connection fails as before.
 */
async function fetchOnce(baseFetch: FetchLike, url: string | URL, init: RequestInit): Promise<Response> {
  try {
    return await baseFetch(url, init);
  } catch (error) {
    const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
    const resendable = init.body === undefined || init.body === null || typeof init.body === 'string';
    if (init.signal?.aborted || !resendable || !isStaleConnectionCode(cause?.code)) throw error;
    return baseFetch(url, init);
  }
}
