import { describe, expect, it } from 'vitest';
import { createBrandAgentCore, createBrandHttpApp } from '../../brand-agent/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

function statelessApp() {
  return createBrandHttpApp(createBrandAgentCore(fixtureBrand()), { mode: 'stateless' });
}

const offersCall = (id: number | string, requestId: string, buyerId: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name: 'request_offers', arguments: { ...trailShoeBrief(requestId), buyerId } },
});

describe('stateless Streamable HTTP: one MCP server answers every POST', () => {
  it('gives concurrent clients that number their requests alike each its own answer under its own id', async () => {
    const app = statelessApp();
    const calls = Array.from({ length: 20 }, (_, i) =>
      app.request('/mcp', { method: 'POST', headers: MCP_HEADERS, body: JSON.stringify(offersCall(1, `req-${i}`, `buyer-${i}`)) }),
    );
    const answers = await Promise.all(calls.map(async (r) => ({ status: (await r).status, body: (await (await r).json()) as { id: unknown; result: { structuredContent: { requestId: string } } } })));
    answers.forEach(({ status, body }, i) => {
      expect(status).toBe(200);
      expect(body.id).toBe(1);
      expect(body.result.structuredContent.requestId).toBe(`req-${i}`);
    });
  });

  it('answers a batch with an array in request order, and a POST of notifications with 202', async () => {
    const app = statelessApp();
    const batch = await app.request('/mcp', { method: 'POST', headers: MCP_HEADERS, body: JSON.stringify([offersCall('a', 'req-a', 'b-1'), offersCall('b', 'req-b', 'b-2')]) });
    expect(batch.status).toBe(200);
    const answers = (await batch.json()) as Array<{ id: string; result: { structuredContent: { requestId: string } } }>;
    expect(answers.map((a) => [a.id, a.result.structuredContent.requestId])).toEqual([
      ['a', 'req-a'],
      ['b', 'req-b'],
    ]);
    const cancelled = await app.request('/mcp', {
      method: 'POST',
      headers: MCP_HEADERS,
      body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 0, reason: 'gone' } }),
    });
    expect(cancelled.status).toBe(202);
  });

  it('refuses what the SDK transport refuses, with the same statuses and codes', async () => {
    const app = statelessApp();
    const post = (headers: Record<string, string>, body: string) => app.request('/mcp', { method: 'POST', headers, body });
    const call = JSON.stringify(offersCall(1, 'req-1', 'b-1'));
    const cases: Array<[Response, number, number]> = [
      [await post({ ...MCP_HEADERS, accept: 'application/json' }, call), 406, -32000],
      [await post({ ...MCP_HEADERS, 'content-type': 'text/plain' }, call), 415, -32000],
      [await post(MCP_HEADERS, '{not json'), 400, -32700],
      [await post(MCP_HEADERS, JSON.stringify({ hello: 'world' })), 400, -32700],
      [await post({ ...MCP_HEADERS, 'mcp-protocol-version': '1999-01-01' }, call), 400, -32000],
      [await post(MCP_HEADERS, JSON.stringify(Array.from({ length: 101 }, (_, i) => offersCall(i, `r-${i}`, 'b')))), 400, -32600],
    ];
    for (const [response, status, code] of cases) {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { id: unknown; error: { code: number } };
      expect(body.id).toBeNull();
      expect(body.error.code).toBe(code);
    }
  });
});
