// Red team 38: a public brand server met slow clients only with Node's defaults: headers had 66 s (one byte every few
// seconds kept a connection open a minute) and a body 300 s (a trickled body held its connection and its buffered bytes
// five minutes), and Node looks for such connections only every 30 s. The limits are now set, configurable and checked
// within a fraction of the headers time; here over real sockets, with short limits so the test is quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSocket, sleep, trickle } from '../support/slow-socket.ts';
import { createDemoBrand } from '../../brand-agent/demo-market/index.ts';
import { HTTP_SERVE_LIMITS, httpServeLimits, serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';

const LIMITS = { headersTimeoutMs: 400, requestTimeoutMs: 900, keepAliveTimeoutMs: 3_000, maxBodyBytes: 4_096 };

let server: HttpBrandServer;

beforeAll(async () => {
  server = await serveBrandOverHttp(createDemoBrand('trailco'), { mode: 'stateless', limits: LIMITS });
});
afterAll(() => server.close());

const HEAD = 'POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n';

describe('a slow client against a public brand server', () => {
  it('(fixed) one sending its headers a byte at a time is answered 408 and cut within the headers time', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    trickle(c.socket, `${HEAD}X-Padding: ${'p'.repeat(500)}\r\n\r\n`, 50);
    await sleep(LIMITS.headersTimeoutMs + 2_500);
    expect(c.closedAfter()).toBeDefined();
    expect(c.closedAfter()!).toBeLessThan(LIMITS.headersTimeoutMs + 2_000);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  }, 10_000);

  it('(fixed) one that opens a connection and says nothing is cut within the headers time', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    await sleep(LIMITS.headersTimeoutMs + 2_500);
    expect(c.closedAfter()).toBeDefined();
  }, 10_000);

  it('(fixed) one trickling its body is answered 408 and cut within the request time', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }).padEnd(2_000, ' ');
    c.socket.write(`${HEAD}Content-Length: ${body.length}\r\n\r\n`);
    trickle(c.socket, body, 40);
    await sleep(LIMITS.requestTimeoutMs + 2_500);
    expect(c.closedAfter()).toBeDefined();
    expect(c.closedAfter()!).toBeLessThan(LIMITS.requestTimeoutMs + 2_000);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  }, 10_000);

  it('(fixed) a body over the configured size is answered 413 without being read', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    c.socket.write(`${HEAD}Content-Length: ${LIMITS.maxBodyBytes + 1}\r\n\r\n`);
    await sleep(300);
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    c.socket.destroy();
  });

  it('an idle keep-alive connection outlives the headers time and still serves its next request; the server keeps serving', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    const get = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    c.socket.write(get);
    await sleep(LIMITS.headersTimeoutMs * 3);
    expect(c.closedAfter()).toBeUndefined();
    c.socket.write(get);
    await sleep(300);
    expect(c.received().match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    c.socket.destroy();
    const health = await fetch(new URL('/health', server.url));
    expect(await health.json()).toEqual({ ok: true, brand: 'trailco' });
  }, 10_000);
});

describe('the limits', () => {
  it('default to 10 s for headers, 30 s for a whole request, 65 s for an idle connection', () => {
    expect(httpServeLimits()).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 65_000 });
    expect(HTTP_SERVE_LIMITS.headersTimeoutMs).toBeLessThan(60_000);
  });

  it('refuse what a server cannot use: zero, fractions, or a request time shorter than the headers time', async () => {
    for (const limits of [{ headersTimeoutMs: 0 }, { requestTimeoutMs: 1.5 }, { maxBodyBytes: -1 }, { headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 }]) {
      await expect(serveBrandOverHttp(createDemoBrand('trailco'), { limits })).rejects.toThrow(RangeError);
    }
  });
});
