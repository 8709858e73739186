import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { StringDecoder } from 'node:string_decoder';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mediaTypeEssence } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, isJSONRPCErrorResponse, isJSONRPCRequest, isJSONRPCResultResponse, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { compiledSchema } from '../../protocol/index.ts';
import { BrandResponseError } from './brand-response-error.ts';
import { currentCallScope, type CallScope } from './call-scope.ts';
import { EventStreamParser } from './event-stream-parser.ts';
import { EventSizeMeter, TotalSizeMeter } from './frame-size-meter.ts';
import { isStaleConnectionCode } from './stale-connection.ts';

/** Limits of an `HttpClientTransport`. */
export interface HttpClientTransportOptions {
  /** Most bytes of one answer: a whole body, or one event of an event stream. */
  readonly maxFrameBytes: number;
  /** Budget of a POST that belongs to no call (e.g. a cancellation notice), in ms (default 30,000). */
  readonly unscopedPostBudgetMs?: number;
}

/** Every message received is checked with the SDK's JSON-RPC schema (compiled: same verdicts and errors, less CPU). */
const JsonRpcMessage = compiledSchema(JSONRPCMessageSchema);

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// The MCP SDK client transport's defaults for reconnecting an event stream (here: resuming a call's stream).
const RECONNECTION = { initialDelayMs: 1000, maxDelayMs: 30_000, growFactor: 1.5, maxRetries: 2 } as const;
/**
 * Most of the butler's answers to the brand's own requests (a `ping`; a method it does not serve, refused) in flight at
 * once; an answer beyond them waits its turn (see `MAX_ANSWERS_WAITING`). Each is a POST of its own, on a new connection while the others are held, so
 * a brand asking faster than it takes the answers (thousands of requests on one event stream, every answer held) would
 * otherwise have the butler open a connection per request, up to the person's file descriptors. A conformant server
 * pings one at a time; the butler serves nothing else.
 */
const MAX_ANSWERS_IN_FLIGHT = 2;
/**
 * Most answers waiting, first in first out, for one in flight to finish; an answer beyond them is dropped and reported
 * through `onerror`. An honest server asking several things at once has each answered; a flood costs a bounded queue.
 */
const MAX_ANSWERS_WAITING = 32;

/** Where an event stream resumes and whom it tells of new event ids (as the SDK transport's stream options). */
interface StreamOptions {
  readonly resumptionToken?: string | undefined;
  readonly onresumptiontoken?: ((token: string) => void) | undefined;
  readonly replayMessageId?: string | number | undefined;
  /** The call whose POST stream this one resumes: it is bounded by the call and resumed only while the call waits. */
  readonly call?: CallScope | undefined;
  /** How many times the call's stream was resumed before this one (each a reconnection attempt: see `RECONNECTION`). */
  readonly resumed?: number | undefined;
}

/** Whether `call` is over (answered, failed, out of budget or given up): nothing the brand sends can serve it any more. */
function callIsOver(call: CallScope): boolean {
  return call.signal.aborted || call.over?.aborted === true;
}

/** A network failure before any answer, reported as `fetch` reports it (callers read `cause.code`). */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
/** A body cut before its end, reported as `fetch` reports it (the connection closed under the reader). */
const terminated = (detail: unknown) =>
  new TypeError('terminated', { cause: Object.assign(new Error(`other side closed${detail instanceof Error ? `: ${detail.message}` : ''}`), { code: 'UND_ERR_SOCKET' }) });

/**
 * One HTTP exchange with the brand, from the request to the end of its answer's body: everything that can end it early
 * (the call's budget, the end of the call, the transport's close, the unscoped budget) ends it here, with one reason.
 */
class Exchange {
  aborted = false;
  reason: unknown;
  released = false;
  /** Set when the call that this exchange's event stream served is over: its end is not a failure. */
  endedWithCall = false;
  request: ClientRequest | undefined;
  response: IncomingMessage | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onCallAbort = () => this.abort(this.call?.signal.reason);
  private onCallOver: (() => void) | undefined;
  private onReleased: (() => void) | undefined;

  constructor(
    readonly call: CallScope | undefined,
    private readonly owner: Set<Exchange>,
    unscopedBudgetMs: number | undefined,
  ) {
    owner.add(this);
    if (unscopedBudgetMs !== undefined) {
      this.timer = setTimeout(() => this.abort(new BrandResponseError('TIMEOUT', `the brand did not answer a POST within ${unscopedBudgetMs} ms`)), unscopedBudgetMs);
    }
    if (call) {
      if (call.signal.aborted) this.abort(call.signal.reason);
      else call.signal.addEventListener('abort', this.onCallAbort, { once: true });
    }
  }

  /** Ends the exchange now: the request and its answer are destroyed and every later failure reports `reason`. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.release();
    this.request?.destroy();
    this.response?.destroy();
  }

  /** Calls `end` once the call this exchange serves is over (the answer it awaited has come, or it gave up). */
  endWithCall(end: () => void): void {
    const over = this.call?.over;
    if (over === undefined || this.released) return;
    this.onCallOver = () => {
      if (this.released) return;
      this.endedWithCall = true;
      this.release();
      this.request?.destroy();
      this.response?.destroy();
      end();
    };
    if (over.aborted) this.onCallOver();
    else over.addEventListener('abort', this.onCallOver, { once: true });
  }

  /** What a failure of this exchange is: the abort's reason once it was aborted, else `error`. */
  failure(error: unknown): unknown {
    return this.aborted ? this.reason : error;
  }

  /** Calls `done` once, when the exchange is over (its answer read, dropped or failed). */
  whenReleased(done: () => void): void {
    this.onReleased = done;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.onReleased?.();
    clearTimeout(this.timer);
    this.call?.signal.removeEventListener('abort', this.onCallAbort);
    if (this.onCallOver) this.call?.over?.removeEventListener('abort', this.onCallOver);
    this.owner.delete(this);
  }
}

/** Whether `to` has the scheme, host and port of `from`, or is its https form with both on default ports (as the SDK). */
function isWithinOrigin(from: URL, to: URL): boolean {
  if (from.protocol === to.protocol && from.hostname === to.hostname && from.port === to.port) return true;
  return from.hostname === to.hostname && from.protocol === 'http:' && from.port === '' && to.protocol === 'https:' && to.port === '';
}

/**
 * Whether `to`'s path is the configured endpoint's own path or lies below it (`/tenantA/mcp`: itself, `/tenantA/mcp/`,
 * `/tenantA/mcp/v2`; never `/tenantA/other` nor `/tenantB/mcp`). One host may serve several brands each under its own
 * path (a gateway's tenants): the origin is not the brand, the endpoint the person configured is. A path with a
 * percent-encoded '/' or '\' is outside, since a server that decodes it would read other segments than the URL's.
 * (The URL parser has already resolved '.', '..' and their encoded forms.)
 */
function isWithinEndpointPath(endpoint: URL, to: URL): boolean {
  const base = endpoint.pathname.endsWith('/') ? endpoint.pathname.slice(0, -1) : endpoint.pathname;
  if (/%(?:2f|5c)/i.test(to.pathname)) return false;
  if (to.pathname !== base && !to.pathname.startsWith(`${base}/`)) return false;
  // A ';' below the endpoint starts matrix parameters, which some servers strip before routing ('/mcp/..;/admin' is
  // '/admin' to Tomcat): such a path is not the one the URL shows.
  return !/;|%3b/i.test(to.pathname.slice(base.length));
}

function redirectTarget(response: IncomingMessage, requestUrl: URL): URL | undefined {
  const location = REDIRECT_STATUSES.has(response.statusCode ?? 0) ? response.headers.location : undefined;
  try {
    return location ? new URL(location, requestUrl) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a redirect from `from` (a request to `endpoint` or to a redirect's target) to `to` is not followed, or undefined
 * when it is: only within the origin (as the SDK's `redirectPolicy: 'same-origin'`), within the endpoint's own path,
 * with the endpoint's query exactly when it has one, with the credentials it had, keeping the method and body (307 and
 * 308 only for a POST, whose body 301, 302 and 303 would drop), and at most `MAX_REDIRECTS` times.
 */
function redirectRefusal(endpoint: URL, from: URL, to: URL, status: number, method: 'POST' | 'GET', followed: number): string | undefined {
  if (!isWithinOrigin(from, to)) return "redirectPolicy: 'same-origin'";
  if (!isWithinEndpointPath(endpoint, to)) return `outside the endpoint's path ${endpoint.pathname}`;
  // The query may name the tenant as the path does (`/mcp?tenant=A`): an endpoint with one keeps it exactly.
  if (endpoint.search !== '' && to.search !== endpoint.search) return "not the endpoint's query";
  if ((to.username || to.password) && (to.username !== from.username || to.password !== from.password)) return 'other credentials';
  if (method === 'POST' && status !== 307 && status !== 308) return `a ${status} would not resend the POST's body`;
  if (followed === MAX_REDIRECTS) return `already followed ${MAX_REDIRECTS} redirects`;
  return undefined;
}

/** The typed failure of a redirect not followed, in the SDK transport's words (the target shown without credentials, query or fragment). */
function refusedRedirect(to: URL, from: URL, reason: string): BrandResponseError {
  const shown = new URL(to.href);
  shown.username = shown.password = shown.search = shown.hash = '';
  const details = { location: shown.href, reason };
  if (shown.protocol === 'http:' && from.protocol === 'https:') {
    shown.protocol = 'https:';
    return new BrandResponseError('REDIRECT_REFUSED', `Redirect to plain http not followed; try ${shown.href} instead (${reason})`, { details });
  }
  return new BrandResponseError('REDIRECT_REFUSED', `Redirect to ${shown.href} not followed (${reason})`, { details });
}

/** A response header as `Headers.get` gives it (repeated values joined with ", "), or null. */
function header(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The MCP Streamable HTTP client transport (protocol revision 2025-06-18 and later) written on `node:http`, for the
 * butler's calls to brands: it speaks to any conformant server as the SDK's `StreamableHTTPClientTransport` does —
 * session ids, the protocol version header, JSON or event-stream answers to each POST (with the server's own requests
 * and notifications on them) and their resumption, redirects followed only within the origin (and, stricter than the
 * SDK, within the configured endpoint's path) — and checks every
 * message it receives with the SDK's JSON-RPC zod schema. It does not do OAuth (brands need none). What it adds, as
 * `createBoundedFetch` adds to the SDK transport:
 *
 * - Each POST that carries a request belongs to the brand call in whose scope it was sent (`runInCallScope`): the
 *   call's budget ends the exchange, headers and body alike; once the call is over, an event stream it opened is closed.
 *   A POST of no call (a notification, an answer to the server) gets its own budget.
 * - Bytes are counted as they arrive; past `maxFrameBytes` (a whole body, one event) the exchange ends with
 *   PAYLOAD_TOO_LARGE and the call fails at once: a huge answer is never buffered.
 * - A request that dies on a kept-alive connection the server had closed, before any answer, is sent once more.
 * - Failures read as `fetch`'s do ('fetch failed' with the socket error as cause; 'terminated' for a cut body), so a
 *   call fails with the same typed error whichever HTTP client carried it.
 *
 * Why not `fetch`: for a 3 KB answer, Node's fetch (undici), its web streams, the SDK's Response handling and the
 * event-source stream pipeline cost the butler several times the CPU of the exchange itself.
 *
 * Unlike the SDK's, it opens no standalone GET stream (the specification makes it optional): the butler serves no
 * request and listens to no notification a server could send there, and a stream that belongs to no call is bounded
 * by nothing, so a brand could flood it or end it with `retry: 0` again and again for as long as the person's session
 * lasts. For the same reason a stream is resumed only for its call, while the call still waits for its answer.
 */
export class HttpClientTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private readonly agent: HttpAgent;
  private readonly request: typeof httpRequest;
  private readonly exchanges = new Set<Exchange>();
  private started = false;
  private closed = false;
  private session: string | undefined;
  private version: string | undefined;
  /** Resumptions waiting to start (one per cut stream of a call still waiting), all cleared by `close`. */
  private readonly reconnectTimers = new Set<NodeJS.Timeout>();
  private serverRetryMs: number | undefined;
  /** The butler's answers to the brand's own requests whose exchange is not over (see `MAX_ANSWERS_IN_FLIGHT`). */
  private answersInFlight = 0;
  /** Answers waiting for one in flight to finish, each woken with its slot handed over (see `MAX_ANSWERS_WAITING`). */
  private readonly answersWaiting: Array<() => void> = [];
  /** The brand call whose request is being sent now (see `sendFor` and `holdScope`). */
  private scope: CallScope | undefined;

  constructor(
    private readonly url: URL,
    private readonly options: HttpClientTransportOptions,
  ) {
    const https = url.protocol === 'https:';
    // The most recently used idle connection first (Node's default, relied on by `closeIdleConnections`).
    const pool = { keepAlive: true, scheduling: 'lifo' } as const;
    this.agent = https ? new HttpsAgent(pool) : new HttpAgent(pool);
    this.request = https ? httpsRequest : httpRequest;
  }

  get sessionId(): string | undefined {
    return this.session;
  }

  get protocolVersion(): string | undefined {
    return this.version;
  }

  setProtocolVersion(version: string): void {
    this.version = version;
  }

  /**
   * Runs `work` with `scope` as the call of each request it sends before it first awaits. The MCP SDK client sends a
   * call's request synchronously from `callTool`, so the call is known without an async context (an AsyncLocalStorage,
   * on Node 20, turns on promise hooks for every promise of the process once used). Without one, a request belongs
   * to the call of `holdScope`, else of the async call scope (`runInCallScope`), else to none.
   */
  sendFor<T>(scope: CallScope, work: () => T): T {
    const previous = this.scope;
    this.scope = scope;
    try {
      return work();
    } finally {
      this.scope = previous;
    }
  }

  /** Makes `scope` the call of every request sent until the returned function is called (a handshake: several awaits). */
  holdScope(scope: CallScope): () => void {
    const previous = this.scope;
    this.scope = scope;
    return () => {
      this.scope = previous;
    };
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('StreamableHTTPClientTransport already started! If using Client class, note that connect() calls start() automatically.');
    this.started = true;
  }

  async close(): Promise<void> {
    for (const timer of this.reconnectTimers) clearTimeout(timer);
    this.reconnectTimers.clear();
    this.closed = true;
    // Waiting answers are woken to find the transport closed, and are not sent.
    for (const wake of this.answersWaiting.splice(0)) wake();
    const reason = new DOMException('This operation was aborted', 'AbortError');
    for (const exchange of [...this.exchanges]) exchange.abort(reason);
    this.agent.destroy();
    this.onclose?.();
  }

  async send(message: JSONRPCMessage | JSONRPCMessage[], options?: TransportSendOptions): Promise<void> {
    try {
      const { resumptionToken, onresumptiontoken } = options ?? {};
      if (resumptionToken) {
        const replayMessageId = isJSONRPCRequest(message) ? message.id : undefined;
        this.startEventStream({ resumptionToken, replayMessageId }).catch((error: unknown) => this.onerror?.(error as Error));
        return;
      }
      const messages = Array.isArray(message) ? message : [message];
      const hasRequests = messages.some((m) => 'method' in m && 'id' in m && m.id !== undefined);
      // Only a single request belongs to a call; a notification (such as the cancellation sent once a call is given
      // up) or an answer to the server must not die with the call's signal, so it gets a budget of its own.
      const call = !Array.isArray(message) && 'method' in message && 'id' in message && message.id !== undefined ? (this.scope ?? currentCallScope()) : undefined;
      const answer = !Array.isArray(message) && (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message));
      if (answer && !(await this.takeAnswerSlot())) return;
      const exchange = new Exchange(call, this.exchanges, call ? undefined : (this.options.unscopedPostBudgetMs ?? 30_000));
      if (answer) exchange.whenReleased(() => this.releaseAnswerSlot());
      const headers = this.commonHeaders();
      headers['content-type'] = 'application/json';
      headers.accept = 'application/json, text/event-stream';
      const response = await this.open('POST', headers, JSON.stringify(message), exchange);
      const sessionId = header(response, 'mcp-session-id');
      if (sessionId) this.session = sessionId;
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        const text = await this.readBody(response, exchange).catch(() => null);
        throw new StreamableHTTPError(status, `Error POSTing to endpoint: ${text}`);
      }
      if (status === 202) {
        this.discard(response, exchange);
        return;
      }
      if (!hasRequests) {
        this.discard(response, exchange);
        return;
      }
      const contentType = header(response, 'content-type');
      const mediaType = mediaTypeEssence(contentType);
      if (mediaType === 'text/event-stream') {
        this.readEventStream(response, exchange, { onresumptiontoken, call: exchange.call });
      } else if (mediaType === 'application/json') {
        const data: unknown = JSON.parse(await this.readBody(response, exchange));
        const received = Array.isArray(data) ? data.map((m) => JsonRpcMessage.parse(m)) : [JsonRpcMessage.parse(data)];
        for (const m of received) this.onmessage?.(m);
      } else {
        this.discard(response, exchange);
        throw new StreamableHTTPError(-1, `Unexpected content type: ${contentType}`);
      }
    } catch (error) {
      this.onerror?.(error as Error);
      throw error;
    }
  }

  /**
   * Takes one of the `MAX_ANSWERS_IN_FLIGHT` slots for an answer to the brand, waiting in line for one when all are
   * taken; false when the line is full (the answer is dropped, reported through `onerror`) or the transport closed.
   */
  private async takeAnswerSlot(): Promise<boolean> {
    if (this.closed) return false;
    if (this.answersInFlight < MAX_ANSWERS_IN_FLIGHT) {
      this.answersInFlight++;
      return true;
    }
    if (this.answersWaiting.length >= MAX_ANSWERS_WAITING) {
      this.onerror?.(new Error(`An answer to the server was dropped: ${MAX_ANSWERS_IN_FLIGHT} in flight and ${MAX_ANSWERS_WAITING} waiting`));
      return false;
    }
    await new Promise<void>((resolve) => this.answersWaiting.push(resolve));
    return !this.closed;
  }

  /** Hands a finished answer's slot to the answer waiting longest, or frees it. */
  private releaseAnswerSlot(): void {
    const next = this.answersWaiting.shift();
    if (next) next();
    else this.answersInFlight--;
  }

  private commonHeaders(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.session) headers['mcp-session-id'] = this.session;
    if (this.version) headers['mcp-protocol-version'] = this.version;
    return headers;
  }

  /**
   * Sends one request and resolves with its answer's head: once more on a new connection when it died on one the server
   * had closed before any answer came, and again to a redirect's target while it stays within the origin and the
   * endpoint's own path (see `redirectRefusal`). A redirect not followed fails the exchange, and its call, with
   * REDIRECT_REFUSED: its message (a brief, an order) is never sent on. An answer declaring a body past the limit is
   * refused here.
   */
  private async open(method: 'POST' | 'GET', headers: Record<string, string>, body: string | undefined, exchange: Exchange): Promise<IncomingMessage> {
    let url = this.url;
    for (let followed = 0; ; followed++) {
      let response: IncomingMessage;
      try {
        response = await this.exchangeOnce(url, method, headers, body, exchange).catch((error: unknown) => {
          const code = (error as { code?: unknown } | null)?.code;
          if (exchange.aborted || !isStaleConnectionCode(code)) throw error;
          return this.exchangeOnce(url, method, headers, body, exchange);
        });
      } catch (error) {
        exchange.release();
        throw exchange.failure(fetchFailed(error));
      }
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (Number.isFinite(declared) && declared > this.options.maxFrameBytes) {
        const error = this.tooLarge(declared);
        exchange.call?.fail(error);
        exchange.abort(error);
        throw error;
      }
      const target = redirectTarget(response, url);
      if (!target) return response;
      const refusal = redirectRefusal(this.url, url, target, response.statusCode ?? 0, method, followed);
      if (refusal !== undefined) {
        const error = refusedRedirect(target, url, refusal);
        exchange.call?.fail(error);
        exchange.abort(error);
        throw error;
      }
      response.resume();
      url = target;
    }
  }

  private exchangeOnce(url: URL, method: string, headers: Record<string, string>, body: string | undefined, exchange: Exchange): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      if (exchange.aborted) {
        reject(exchange.reason);
        return;
      }
      const outgoing: OutgoingHttpHeaders = body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) };
      const request = this.request(url, { method, headers: outgoing, agent: this.agent });
      exchange.request = request;
      request.on('error', (error) => {
        if (exchange.response !== undefined) return;
        if (request.reusedSocket && isStaleConnectionCode((error as { code?: unknown }).code)) this.closeIdleConnections();
        reject(error);
      });
      request.once('response', (response) => {
        exchange.response = response;
        resolve(response);
      });
      request.end(body);
    });
  }

  /**
   * Closes the pool's idle connections once a request died on one the server had closed. A brand's server lets idle
   * connections go together (its keep-alive timeout, which a busy butler may not hear of before its next request), and
   * the pool hands out the most recently used first: the others sat idle as long or longer, and the request sent once
   * more would otherwise be written on the next of them and be lost the same way, never having reached the brand.
   */
  private closeIdleConnections(): void {
    for (const sockets of Object.values(this.agent.freeSockets)) {
      for (const socket of [...(sockets ?? [])]) socket.destroy();
    }
  }

  private tooLarge(bytes: number): BrandResponseError {
    return new BrandResponseError('PAYLOAD_TOO_LARGE', `the brand answer exceeds ${this.options.maxFrameBytes} bytes (${bytes} bytes or more)`, {
      details: { limitBytes: this.options.maxFrameBytes },
    });
  }

  /** A frame grown past the limit fails its call and aborts the exchange; the error, for the reader to settle with. */
  private stopIfTooLarge(bytes: number, exchange: Exchange): BrandResponseError | undefined {
    if (bytes <= this.options.maxFrameBytes) return undefined;
    const error = this.tooLarge(bytes);
    exchange.call?.fail(error);
    exchange.abort(error);
    return error;
  }

  /** The whole body as text, counted against the limit as it arrives. */
  private readBody(response: IncomingMessage, exchange: Exchange): Promise<string> {
    return new Promise((resolve, reject) => {
      if (exchange.aborted) {
        reject(exchange.reason);
        return;
      }
      const meter = new TotalSizeMeter();
      const chunks: Buffer[] = [];
      let done = false;
      const fail = (error: unknown) => {
        if (done) return;
        done = true;
        exchange.release();
        reject(exchange.failure(error));
      };
      response.on('data', (chunk: Buffer) => {
        const error = this.stopIfTooLarge(meter.add(chunk), exchange);
        if (error !== undefined) {
          fail(error);
          return;
        }
        chunks.push(chunk);
      });
      response.once('end', () => {
        if (done) return;
        done = true;
        exchange.release();
        const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
        resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      });
      response.once('error', (error) => fail(terminated(error)));
      response.once('close', () => fail(terminated(undefined)));
    });
  }

  /** Reads and drops a body nobody awaits (still bounded by the limit and the exchange's budget). */
  private discard(response: IncomingMessage, exchange: Exchange): void {
    this.readBody(response, exchange).catch(() => undefined);
  }

  /** Opens an event stream (GET) that resumes one after `options.resumptionToken`, for its call; 405: none to resume. */
  private async startEventStream(options: StreamOptions): Promise<void> {
    if (this.closed || (options.call !== undefined && callIsOver(options.call))) return;
    try {
      const headers = this.commonHeaders();
      headers.accept = 'text/event-stream';
      if (options.resumptionToken) headers['last-event-id'] = options.resumptionToken;
      const exchange = new Exchange(options.call, this.exchanges, undefined);
      const response = await this.open('GET', headers, undefined, exchange);
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        this.discard(response, exchange);
        if (status === 405) return;
        throw new StreamableHTTPError(status, `Failed to open SSE stream: ${response.statusMessage}`);
      }
      this.readEventStream(response, exchange, options);
    } catch (error) {
      this.onerror?.(error as Error);
      throw error;
    }
  }

  /**
   * Reads an event stream's messages as they come (the SDK transport's handling: ids are resumption tokens, events of
   * type `message` carry JSON-RPC messages, a stream that ends before its answer is resumed when it can be). Each event
   * is held to the frame limit; one past it ends the stream and, for a POST's stream, its call.
   */
  private readEventStream(response: IncomingMessage, exchange: Exchange, options: StreamOptions): void {
    let lastEventId = options.resumptionToken;
    let answered = false;
    let finished = false;
    const meter = new EventSizeMeter();
    const decoder = new StringDecoder('utf8');
    const parser = new EventStreamParser({
      onRetry: (ms) => {
        // The server's say, within the transport's own bounds: a huge value would hold a timer past any call's budget.
        this.serverRetryMs = Math.min(Math.max(ms, 0), RECONNECTION.maxDelayMs);
      },
      onEvent: (event) => {
        if (event.id) {
          lastEventId = event.id;
          options.onresumptiontoken?.(event.id);
        }
        if (!event.data || (event.event && event.event !== 'message')) return;
        try {
          const message = JsonRpcMessage.parse(JSON.parse(event.data));
          if (isJSONRPCResultResponse(message)) {
            answered = true;
            if (options.replayMessageId !== undefined) message.id = options.replayMessageId;
          }
          this.onmessage?.(message);
        } catch (error) {
          this.onerror?.(error as Error);
        }
      },
    });
    // Resumed only from an event id, and only for a call still waiting: a stream of no call, or of a call that is
    // over, would serve nobody. Every resumption of a call counts against its attempts, even one that opened: a brand
    // ending each stream at once with `retry: 0` would otherwise be asked again at once, all through the call's budget.
    const resumeIfNeeded = () => {
      if (lastEventId !== undefined && !answered && !this.closed && options.call !== undefined && !callIsOver(options.call)) {
        const attempt = options.resumed ?? 0;
        this.scheduleReconnection({ resumptionToken: lastEventId, onresumptiontoken: options.onresumptiontoken, replayMessageId: options.replayMessageId, call: options.call, resumed: attempt + 1 }, attempt);
      }
    };
    const end = () => {
      if (finished) return;
      finished = true;
      exchange.release();
      resumeIfNeeded();
    };
    const fail = (error: unknown) => {
      if (finished) return;
      finished = true;
      exchange.release();
      this.onerror?.(new Error(`SSE stream disconnected: ${String(error)}`));
      resumeIfNeeded();
    };
    // The call this stream was opened for is over: whatever the brand still holds open on it is for no one.
    exchange.endWithCall(end);
    response.on('data', (chunk: Buffer) => {
      if (finished) return;
      const error = this.stopIfTooLarge(meter.add(chunk), exchange);
      if (error !== undefined) {
        fail(error);
        return;
      }
      parser.feed(decoder.write(chunk));
    });
    response.once('end', () => {
      if (finished) return;
      parser.feed(decoder.end());
      end();
    });
    response.once('error', (error) => fail(exchange.failure(terminated(error))));
    response.once('close', () => {
      if (exchange.endedWithCall) end();
      else fail(exchange.failure(terminated(undefined)));
    });
  }

  private scheduleReconnection(options: StreamOptions, attempt: number): void {
    if (this.closed) return;
    if (attempt >= RECONNECTION.maxRetries) {
      this.onerror?.(new Error(`Maximum reconnection attempts (${RECONNECTION.maxRetries}) exceeded.`));
      return;
    }
    const delay = this.serverRetryMs ?? Math.min(RECONNECTION.initialDelayMs * RECONNECTION.growFactor ** attempt, RECONNECTION.maxDelayMs);
    const timer = setTimeout(() => {
      this.reconnectTimers.delete(timer);
      this.startEventStream(options).catch((error: unknown) => {
        this.onerror?.(new Error(`Failed to reconnect SSE stream: ${error instanceof Error ? error.message : String(error)}`));
        this.scheduleReconnection({ ...options, resumed: attempt + 1 }, attempt + 1);
      });
    }, delay);
    this.reconnectTimers.add(timer);
  }
}
