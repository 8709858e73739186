// A call over a linked in-memory transport is timed by the MCP SDK's own request timer: no AbortController and no timer
// of the client's own per call (those were the largest cost the in-memory round trip had beyond a bare MCP echo), and
// a timeout reported exactly as a call under a budget of its own reports it.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrandClient } from '../../agent/transport/index.ts';
import { linkBrandInMemory } from '../../brand-agent/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');
const CALLS = 20;

/** The same link seen through a plain forwarding transport, which the client treats as any other (a budget per call). */
function forwarding(inner: Transport): Transport {
  const outer: Transport = {
    start: () => inner.start(),
    send: (message, options) => inner.send(message, options),
    close: () => inner.close(),
  };
  inner.onmessage = (message, extra) => outer.onmessage?.(message, extra);
  inner.onclose = () => outer.onclose?.();
  inner.onerror = (error) => outer.onerror?.(error);
  return outer;
}

/** AbortControllers and timers made while `work` runs. */
async function census(work: () => Promise<unknown>): Promise<{ abortControllers: number; timers: number }> {
  const Original = globalThis.AbortController;
  let abortControllers = 0;
  globalThis.AbortController = class extends Original {
    constructor() {
      super();
      abortControllers++;
    }
  };
  const timers = vi.spyOn(globalThis, 'setTimeout');
  try {
    await work();
    return { abortControllers, timers: timers.mock.calls.length };
  } finally {
    globalThis.AbortController = Original;
    timers.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('a brand call over a linked in-memory transport', () => {
  it('makes no more AbortControllers and timers per call than a bare MCP SDK echo over the same kind of link', async () => {
    const link = await linkBrandInMemory(fixtureBrand({ clock }));
    const connected = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport, answersValidated: link.answersValidated });
    if (!connected.ok) throw new Error(connected.error.message);
    const brand = connected.value;
    const bareServer = new McpServer({ name: 'bare', version: '1.0.0' });
    bareServer.registerTool('echo', { description: 'echo' }, () => ({ content: [{ type: 'text', text: '{}' }], structuredContent: {} }));
    const [bareClientEnd, bareServerEnd] = InMemoryTransport.createLinkedPair();
    await bareServer.connect(bareServerEnd);
    const bare = new Client({ name: 'bare', version: '1.0.0' });
    await bare.connect(bareClientEnd);
    try {
      const first = await brand.requestOffers(trailShoeBrief('warm-up'));
      expect(first.ok).toBe(true);
      await bare.callTool({ name: 'echo', arguments: {} });
      const ours = await census(async () => {
        for (let i = 0; i < CALLS; i++) expect((await brand.requestOffers(trailShoeBrief(`req-${i}`))).ok).toBe(true);
      });
      const floor = await census(async () => {
        for (let i = 0; i < CALLS; i++) await bare.callTool({ name: 'echo', arguments: trailShoeBrief(`req-${i}`) as unknown as Record<string, unknown> });
      });
      expect(floor.abortControllers).toBeGreaterThanOrEqual(CALLS);
      expect(ours.abortControllers).toBeLessThanOrEqual(floor.abortControllers);
      expect(ours.timers).toBeLessThanOrEqual(floor.timers);
    } finally {
      await brand.close();
      await link.close();
      await bare.close();
      await bareServer.close();
    }
  });

  it('reports a brand that does not answer in time exactly as a call under a budget of its own does', async () => {
    const results: unknown[] = [];
    for (const wrap of [(t: Transport) => t, forwarding]) {
      const link = await linkBrandInMemory(fixtureBrand({ clock, faults: { hang: true }, handlerTimeoutMs: 30_000 }));
      const transport = wrap(link.clientTransport);
      expect(transport instanceof InMemoryTransport).toBe(wrap !== forwarding);
      const connected = await BrandClient.connect({ kind: 'transport', transport }, { callTimeoutMs: 60 });
      if (!connected.ok) throw new Error(connected.error.message);
      results.push(await connected.value.requestOffers(trailShoeBrief()));
      await connected.value.close();
      await link.close();
    }
    expect(results[0]).toEqual({ ok: false, error: { code: 'TIMEOUT', message: 'fixture-shoes.request_offers timed out after 60 ms', details: { timeoutMs: 60 } } });
    expect(results[1]).toEqual(results[0]);
  });
});
