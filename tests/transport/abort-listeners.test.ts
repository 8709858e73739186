import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrandClient, createBoundedFetch } from '../../agent/transport/index.ts';
import { serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';
import { createReferenceBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_VERSION } from '../../protocol/index.ts';
import { installAbortListenerCensus } from '../../soak/abort-listener-census.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('x'.repeat(4096));
      return;
    }
    if (req.url === '/hang') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('createBoundedFetch leaves no listener on the caller’s long-lived signal', () => {
  const lifetime = new AbortController();
  const listeners = () => getEventListeners(lifetime.signal, 'abort').length;
  const boundedFetch = createBoundedFetch({ maxFrameBytes: 1024 });

  it('after a body is read to the end, 200 times in a row', async () => {
    for (let i = 0; i < 200; i++) {
      const response = await boundedFetch(`${base}/ok`, { method: 'POST', body: '{}', signal: lifetime.signal });
      expect(await response.json()).toEqual({ ok: true });
      expect(listeners()).toBe(0);
    }
  }, 60_000);

  it('after a body is cancelled, a body past the limit, and a refused connection', async () => {
    const cancelled = await boundedFetch(`${base}/ok`, { signal: lifetime.signal });
    await cancelled.body?.cancel();
    expect(listeners()).toBe(0);
    const big = await boundedFetch(`${base}/big`, { signal: lifetime.signal });
    await expect(big.text()).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(listeners()).toBe(0);
    await expect(boundedFetch('http://127.0.0.1:1/', { signal: lifetime.signal })).rejects.toThrow();
    expect(listeners()).toBe(0);
  });

  it('while a body is in flight, the long-lived signal still aborts it, and the listener goes with it', async () => {
    const parent = new AbortController();
    const response = await boundedFetch(`${base}/hang`, { signal: parent.signal });
    expect(getEventListeners(parent.signal, 'abort').length).toBe(1);
    const reading = response.text();
    parent.abort(new Error('transport closed'));
    await expect(reading).rejects.toThrow('transport closed');
    expect(getEventListeners(parent.signal, 'abort').length).toBe(0);
  });
});

describe('BrandClient over HTTP', () => {
  let brand: HttpBrandServer;
  beforeAll(async () => {
    brand = await serveBrandOverHttp(createReferenceBrand('trailco'));
  });
  afterAll(async () => {
    await brand?.close();
  });

  it('400 calls on one connection leave at most a couple of abort listeners on any signal', async () => {
    const census = installAbortListenerCensus();
    const connected = await BrandClient.connect({ kind: 'http', url: brand.url });
    if (!connected.ok) throw new Error(connected.error.message);
    let peak = 0;
    for (let i = 0; i < 400; i++) {
      const result = await connected.value.requestOffers({
        protocolVersion: PROTOCOL_VERSION,
        requestId: `listeners-${i}`,
        buyerId: 'buyer-listeners',
        category: 'running-shoes',
        hardConstraints: [],
        softPreferences: [],
        quantity: 1,
        currency: 'EUR',
        maxOffers: 3,
        issuedAt: '2026-11-23T10:00:00.000Z',
      });
      expect(result.ok).toBe(true);
      if (i % 50 === 49) peak = Math.max(peak, census.count().maxOnOneSignal);
    }
    await connected.value.close();
    // Before the fix the connection's signal gained one listener per call until GC (hundreds here).
    expect(peak).toBeLessThanOrEqual(2);
  }, 120_000);
});
