// The butler reaches HTTP brands through its own Streamable HTTP client transport on node:http (HttpClientTransport),
// not the MCP SDK's transport over fetch. Every call gives the same typed result through either, against brand serve
// (stateful and stateless, JSON answers) and against the MCP SDK's own server transport in its default mode (event
// stream answers, sessions, a standalone GET stream, which the butler's transport does not open); a stale kept-alive
// connection is retried once; redirects are followed only within the origin and the endpoint's own path (a 307 to another
// tenant's path on the same host is REDIRECT_REFUSED, its brief never sent); the event-stream reader gives the same
// events however the bytes are split.
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BrandClient, BrandResponseError, HttpClientTransport, createBoundedFetch, wireLimitFor, type BrandEndpoint } from '../../agent/transport/index.ts';
import { EventStreamParser, type ServerSentEvent } from '../../agent/transport/event-stream-parser.ts';
import { createBrandAgent, createBrandAgentCore, serveBrandOverHttp } from '../../brand-agent/index.ts';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import { PROTOCOL_VERSION } from '../../protocol/index.ts';
import { idsWith } from '../conformance/run-in-memory.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}

/** The fixture brand behind the MCP SDK's node server transport as it comes: sessions, event-stream answers, GET stream. */
async function serveWithSdkDefaults(definition = fixtureBrand({ clock })): Promise<{ url: string; gets: () => number; eventStreamAnswers: () => number }> {
  const core = createBrandAgentCore(definition);
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  let gets = 0;
  let eventStreamAnswers = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      if (req.method === 'GET') gets++;
      const original = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
      res.writeHead = ((...args: unknown[]) => {
        const headers = args.find((a) => typeof a === 'object' && a !== null) as Record<string, string> | undefined;
        if (req.method === 'POST' && headers?.['Content-Type'] === 'text/event-stream') eventStreamAnswers++;
        return original(...args);
      }) as ServerResponse['writeHead'];
      const id = req.headers['mcp-session-id'];
      let transport = typeof id === 'string' ? sessions.get(id) : undefined;
      if (!transport) {
        if (typeof id === 'string') {
          res.writeHead(404).end();
          return;
        }
        const fresh = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sid) => void sessions.set(sid, fresh) });
        await createBrandAgent(core).connect(fresh);
        transport = fresh;
      }
      await transport.handleRequest(req, res);
    })();
  });
  cleanups.push(async () => {
    for (const t of sessions.values()) await t.close();
  });
  return { url: await listen(server), gets: () => gets, eventStreamAnswers: () => eventStreamAnswers };
}

/** The same brand calls, success and failure alike, and what each gave (typed results, as the butler sees them). */
async function script(endpoint: BrandEndpoint): Promise<unknown[]> {
  const connected = await BrandClient.connect(endpoint, { callTimeoutMs: 10_000, connectTimeoutMs: 10_000 });
  if (!connected.ok) throw new Error(connected.error.message);
  const brand = connected.value;
  cleanups.push(() => brand.close());
  const results: unknown[] = [brand.card, brand.capabilities, brand.protocolVersion];
  const answer = await brand.requestOffers(trailShoeBrief());
  results.push(answer);
  if (!answer.ok) throw new Error(answer.error.message);
  const offer = answer.value.offers[0]!;
  results.push(
    await brand.askQuestion({ protocolVersion: '1.0', questionId: 'q1', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a', attribute: 'waterproof', text: 'Is it waterproof?' }),
  );
  const counter = await brand.counterOffer({
    protocolVersion: '1.0', counterId: 'c1', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a', round: 1, inReplyTo: offer.offerId,
    proposedPrice: { amountMinor: 13_000, currency: 'EUR' },
  });
  results.push(counter);
  const revised = counter.ok && counter.value.offer ? counter.value.offer : offer;
  results.push(await brand.placeOrder(orderFor(revised)));
  results.push(await brand.placeOrder(orderFor(revised)));
  results.push(await brand.getOrder({ protocolVersion: PROTOCOL_VERSION, idempotencyKey: 'idem-0123456789abcdef', buyerId: 'buyer-7f3a' }));
  results.push(await brand.requestOffers({ ...trailShoeBrief('req-2'), protocolVersion: '2.0' }));
  results.push(await brand.callRaw('request_offers', z.unknown(), { ...trailShoeBrief('req-3'), quantity: -3 }));
  results.push(await brand.callRaw('no_such_tool', z.unknown(), {}));
  // An answer that is not the schema the caller expects: INVALID_RESPONSE with the same issues.
  results.push(await brand.callRaw('request_offers', z.object({ nothing: z.string() }), trailShoeBrief('req-4')));
  return results;
}

/** The SDK's Streamable HTTP client transport over the bounded fetch: how the butler reached HTTP brands before. */
const sdkTransport = (url: string): BrandEndpoint => ({
  kind: 'transport',
  transport: new StreamableHTTPClientTransport(new URL(url), { fetch: createBoundedFetch({ maxFrameBytes: wireLimitFor() }) }),
});

describe('HttpClientTransport gives every call the result the SDK transport gives', () => {
  for (const mode of ['stateful', 'stateless'] as const) {
    it(`against brand serve (${mode})`, async () => {
      const ours = await serveBrandOverHttp(fixtureBrand({ clock }), { mode });
      const theirs = await serveBrandOverHttp(fixtureBrand({ clock }), { mode });
      cleanups.push(ours.close, theirs.close);
      const fast = await script({ kind: 'http', url: ours.url });
      const before = await script(sdkTransport(theirs.url));
      expect(fast).toEqual(before);
      expect(fast.filter((r) => (r as { ok?: boolean }).ok === false).length).toBeGreaterThanOrEqual(4);
    }, 60_000);
  }

  it('against the MCP SDK server transport in its default mode (event-stream answers, sessions, GET stream)', async () => {
    const ours = await serveWithSdkDefaults();
    const theirs = await serveWithSdkDefaults();
    const fast = await script({ kind: 'http', url: ours.url });
    const before = await script(sdkTransport(theirs.url));
    expect(fast).toEqual(before);
    expect(ours.eventStreamAnswers()).toBeGreaterThan(5);
    // The SDK's transport opened the standalone stream after the handshake; the butler's opens none (it serves and
    // listens to nothing a server could send there: tests/security/hostile-http-chatty.test.ts), with the same results.
    expect(ours.gets()).toBe(0);
    expect(theirs.gets()).toBe(1);
    // The conformance checks compare validity times with the real clock: a brand on it.
    const live = await serveWithSdkDefaults(fixtureBrand());
    const report = await runConformance({ kind: 'http', url: live.url });
    expect(report.reachable).toBe(true);
    expect(idsWith(report, 'fail')).toEqual([]);
  }, 90_000);
});

describe('HttpClientTransport on the wire', () => {
  const ping = (id: number): JSONRPCMessage => ({ jsonrpc: '2.0', id, method: 'ping' });

  async function started(url: string): Promise<{ transport: HttpClientTransport; received: JSONRPCMessage[] }> {
    const transport = new HttpClientTransport(new URL(url), { maxFrameBytes: 1 << 20 });
    const received: JSONRPCMessage[] = [];
    transport.onmessage = (m) => void received.push(m);
    await transport.start();
    cleanups.push(() => transport.close());
    return { transport, received };
  }

  /** A server answering each ping with its request count, resetting the connection of request `reset(n)`. */
  async function pinger(reset: (n: number) => boolean): Promise<{ url: string; requests: () => number; connections: () => number; closeIdleConnections: () => void }> {
    let requests = 0;
    const server = createServer((req, res) => {
      const n = ++requests;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (reset(n)) {
          req.socket.resetAndDestroy();
          return;
        }
        const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: number };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, result: { n } }));
      });
    });
    let connections = 0;
    server.on('connection', () => void connections++);
    server.keepAliveTimeout = 60_000;
    return { url: await listen(server), requests: () => requests, connections: () => connections, closeIdleConnections: () => server.closeIdleConnections() };
  }

  it('sends a request that died on a connection the server had closed once more, and reads its answer', async () => {
    const s = await pinger((n) => n === 2);
    const { transport, received } = await started(s.url);
    await transport.send(ping(1));
    await transport.send(ping(2));
    expect(received).toEqual([
      { jsonrpc: '2.0', id: 1, result: { n: 1 } },
      { jsonrpc: '2.0', id: 2, result: { n: 3 } },
    ]);
  });

  it('sends a request written on one of several pooled connections the server had all closed once more, on a new one', async () => {
    // A brand's server lets its idle connections go together (its keep-alive timeout); a butler busy past it writes the
    // next request on one of them before hearing of it. Sent once more on the next pooled connection, it was lost
    // again, never having reached the brand (red team 29: an order after a slow shop came back failed).
    const s = await pinger(() => false);
    const { transport, received } = await started(s.url);
    await Promise.all([transport.send(ping(1)), transport.send(ping(2)), transport.send(ping(3))]);
    expect([s.requests(), s.connections()]).toEqual([3, 3]);
    s.closeIdleConnections();
    await transport.send(ping(4));
    expect(received.at(-1)).toEqual({ jsonrpc: '2.0', id: 4, result: { n: 4 } });
    // Delivered once, on a fourth connection.
    expect([s.requests(), s.connections()]).toEqual([4, 4]);
  });

  it('fails as fetch does (fetch failed, with the reset as cause) when the server resets every connection, after one more try', async () => {
    const s = await pinger(() => true);
    const { transport } = await started(s.url);
    const failure = await transport.send(ping(1)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as Error).message).toBe('fetch failed');
    expect(((failure as Error).cause as { code?: string }).code).toBe('ECONNRESET');
    expect(s.requests()).toBe(2);
  });

  it("follows a 307 within the endpoint's path, and names a redirect to another origin without following it", async () => {
    const other = await pinger(() => false);
    const server = createServer((req, res) => {
      if (req.url === '/mcp') res.writeHead(307, { location: '/mcp/moved' }).end();
      else if (req.url === '/away') res.writeHead(307, { location: other.url }).end();
      else {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: number };
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, result: { moved: true } }));
        });
      }
    });
    const url = await listen(server);
    const near = await started(url);
    await near.transport.send(ping(1));
    expect(near.received).toEqual([{ jsonrpc: '2.0', id: 1, result: { moved: true } }]);
    const far = await started(url.replace('/mcp', '/away'));
    await expect(far.transport.send(ping(2))).rejects.toThrow(`Redirect to ${other.url} not followed`);
    expect(other.requests()).toBe(0);
  });

  /**
   * A host answering each path of `locations` with a 307 to its location and any other path as the brand; returns the
   * paths (with query) and bodies of the briefs the brand was sent, and what sending one brief to each path gave.
   */
  async function redirectEach(locations: Record<string, string>): Promise<{ reached: Array<{ url: string; body: string }>; outcomes: Array<{ path: string; failure: unknown; received: JSONRPCMessage[] }> }> {
    const reached: Array<{ url: string; body: string }> = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const location = locations[req.url ?? ''];
        if (location !== undefined) {
          res.writeHead(307, { location }).end();
          return;
        }
        reached.push({ url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
        const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: number };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, result: { requestId: 'req-1', outcome: 'offers', offers: [] } }));
      });
    });
    const url = await listen(server);
    const brief: JSONRPCMessage = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'request_offers', arguments: trailShoeBrief() } };
    const outcomes: Array<{ path: string; failure: unknown; received: JSONRPCMessage[] }> = [];
    for (const path of Object.keys(locations)) {
      const { transport, received } = await started(url.replace('/mcp', path));
      const failure = await transport.send(brief).then(
        () => undefined,
        (error: unknown) => error,
      );
      outcomes.push({ path, failure, received });
    }
    return { reached, outcomes };
  }

  it("sends no brief to another tenant's path on the same host: a 307 out of the endpoint's path is REDIRECT_REFUSED", async () => {
    // One host, two tenants under their own paths; tenant A's endpoint answers with a 307 to tenant B's (or to paths
    // that only look like its own), tenant B records every body it is sent.
    const { reached, outcomes } = await redirectEach({
      '/tenantA/mcp': '/tenantB/mcp',
      '/tenantA/mcp-sibling': '/tenantA/mcp-other',
      '/tenantA/mcp-encoded': '/tenantA/mcp-encoded/..%2F..%2FtenantB/mcp',
      '/tenantA/mcp-dots': '/tenantA/mcp-dots/%2e%2e/%2e%2e/tenantB/mcp',
    });
    for (const { path, failure, received } of outcomes) {
      expect(failure).toBeInstanceOf(BrandResponseError);
      expect((failure as BrandResponseError).code).toBe('REDIRECT_REFUSED');
      expect((failure as BrandResponseError).message).toContain(`outside the endpoint's path ${path}`);
      expect(received).toEqual([]);
    }
    expect(reached).toEqual([]);
  });

  it("keeps the endpoint's query through a redirect and refuses matrix parameters: no brief reaches tenant B", async () => {
    // The tenant is named by the query (`/mcp?tenant=A`) or hidden behind a ';' that a server strips before routing
    // ('/mcp/..;/tenantB'); tenant A's own redirect that keeps its query is followed.
    const { reached, outcomes } = await redirectEach({
      '/mcp?tenant=A': '/mcp?tenant=B',
      '/mcp?tenant=A&x=1': '/mcp/v2?tenant=B&x=1',
      '/mcp?tenant=C': '/mcp/v2',
      '/mcp': '/mcp/..;/tenantB/mcp',
      '/mcp/m': '/mcp/m;jsessionid=1',
      '/mcp/e': '/mcp/e/..%3B/tenantB',
      '/mcp/ok?tenant=A': '/mcp/ok/v2?tenant=A',
    });
    for (const { path, failure } of outcomes) {
      if (path === '/mcp/ok?tenant=A') {
        expect(failure).toBeUndefined();
        continue;
      }
      expect(failure, path).toBeInstanceOf(BrandResponseError);
      expect((failure as BrandResponseError).code, path).toBe('REDIRECT_REFUSED');
    }
    expect(reached.map((r) => r.url)).toEqual(['/mcp/ok/v2?tenant=A']);
  });

  it('reports a refused redirect to the butler as the typed call error REDIRECT_REFUSED', async () => {
    const served = await serveBrandOverHttp(fixtureBrand({ clock }), { mode: 'stateless' });
    cleanups.push(served.close);
    const brandPath = new URL(served.url).pathname;
    let redirectBriefs = false;
    const calls: string[] = [];
    // A gateway in front of the brand: /tenantA/mcp is the brand's own path there; with `redirectBriefs`, its briefs
    // are sent on with a 307 to /tenantB/mcp, which would answer them as the brand.
    const gateway = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        calls.push(req.url ?? '');
        if (req.url === '/tenantA/mcp' && redirectBriefs && body.includes('"request_offers"')) {
          res.writeHead(307, { location: '/tenantB/mcp' }).end();
          return;
        }
        const forward = httpRequest(new URL(brandPath, served.url), { method: 'POST', headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
        });
        forward.end(body);
      });
    });
    const gatewayUrl = await listen(gateway);
    const endpoint = (path: string): BrandEndpoint => ({ kind: 'http', url: gatewayUrl.replace('/mcp', path) });
    const connected = await BrandClient.connect(endpoint('/tenantA/mcp'), { callTimeoutMs: 10_000, connectTimeoutMs: 10_000 });
    if (!connected.ok) throw new Error(connected.error.message);
    cleanups.push(() => connected.value.close());
    expect((await connected.value.requestOffers(trailShoeBrief())).ok).toBe(true);
    redirectBriefs = true;
    const redirected = await connected.value.requestOffers(trailShoeBrief('req-2'));
    expect(redirected.ok ? undefined : redirected.error.code).toBe('REDIRECT_REFUSED');
    expect(calls.filter((c) => c !== '/tenantA/mcp')).toEqual([]);
  });
});

describe('EventStreamParser', () => {
  const stream =
    '\uFEFF: a comment\r\nretry: 1500\r\nid: 7\r\nevent: message\r\ndata: {"a":1}\r\n\r\n' +
    'data: line one\ndata:line two\n\n' +
    'event: ping\rdata\r\r' +
    'id: x\u0000y\ndata: {"é":"ü"}\nunknown: field\n\n' +
    'id: 9\n\n' +
    'data: unfinished';
  const expected: ServerSentEvent[] = [
    { id: '7', event: 'message', data: '{"a":1}' },
    { id: undefined, event: undefined, data: 'line one\nline two' },
    { id: undefined, event: 'ping', data: '' },
    { id: undefined, event: undefined, data: '{"é":"ü"}' },
  ];

  function parse(pieces: readonly string[]): { events: ServerSentEvent[]; retries: number[] } {
    const events: ServerSentEvent[] = [];
    const retries: number[] = [];
    const parser = new EventStreamParser({ onEvent: (e) => events.push(e), onRetry: (ms) => retries.push(ms) });
    for (const piece of pieces) parser.feed(piece);
    return { events, retries };
  }

  it('reads events, comments, retry, CR/LF/CRLF line ends, a BOM, and ignores a NUL id and an unfinished event', () => {
    expect(parse([stream])).toEqual({ events: expected, retries: [1500] });
  });

  it('gives the same events however the text is cut in two or three pieces', () => {
    for (let i = 0; i <= stream.length; i++) {
      expect(parse([stream.slice(0, i), stream.slice(i)])).toEqual({ events: expected, retries: [1500] });
      for (let j = i; j <= stream.length; j += 7) expect(parse([stream.slice(0, i), stream.slice(i, j), stream.slice(j)]).events).toEqual(expected);
    }
  });
});
