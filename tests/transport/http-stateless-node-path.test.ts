import { afterEach, describe, expect, it } from 'vitest';
import { createBrandAgentCore, createBrandHttpApp, serveBrandOverHttp } from '../../brand-agent/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { postOverNodeHttp } from '../fixtures/node-http-post.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const clock = () => new Date('2026-11-23T10:00:00.000Z');

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

async function post(url: string, headers: Record<string, string>, body: string, chunked = false): Promise<Answer> {
  const answer = await postOverNodeHttp(url, headers, body, chunked);
  return { status: answer.status, contentType: answer.headers['content-type'] ?? null, body: answer.body };
}

const call = (id: number | string, name: string, args: unknown) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

/** Requests a stateless brand server answers, from the ordinary to the refused. */
const CASES: Array<{ name: string; headers?: Record<string, string>; body: string; search?: string }> = [
  { name: 'initialize', body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }) },
  { name: 'initialized notification', body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) },
  { name: 'tools/list', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) },
  { name: 'ping', body: JSON.stringify({ jsonrpc: '2.0', id: 'p', method: 'ping' }) },
  { name: 'request_offers', body: JSON.stringify(call(2, 'request_offers', { ...trailShoeBrief('req-1'), buyerId: 'buyer-1' })) },
  { name: 'request_offers, query string', search: '?x=1', body: JSON.stringify(call(3, 'request_offers', { ...trailShoeBrief('req-2'), buyerId: 'buyer-2' })) },
  { name: 'request_offers, byte-order mark', body: `\ufeff${JSON.stringify(call(4, 'request_offers', { ...trailShoeBrief('req-3'), buyerId: 'buyer-3' }))}` },
  { name: 'invalid arguments (typed JSON-RPC error)', body: JSON.stringify(call(5, 'request_offers', { ...trailShoeBrief('req-4'), quantity: -1 })) },
  { name: 'unknown order (tool error in the result)', body: JSON.stringify(call(6, 'get_order', { protocolVersion: '1.1', idempotencyKey: 'idem-missing-0123456789', buyerId: 'buyer-1' })) },
  { name: 'unknown tool', body: JSON.stringify(call(7, 'no_such_tool', {})) },
  { name: 'tools/call without params', body: JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'tools/call' }) },
  { name: 'tools/call asking for a task', body: JSON.stringify({ ...call(9, 'request_offers', trailShoeBrief('req-5')), params: { name: 'request_offers', arguments: trailShoeBrief('req-5'), task: { ttl: 1000 } } }) },
  { name: 'unknown method', body: JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'no/such/method' }) },
  { name: 'batch', body: JSON.stringify([call('a', 'request_offers', { ...trailShoeBrief('req-6'), buyerId: 'b-6' }), { jsonrpc: '2.0', id: 'b', method: 'ping' }]) },
  { name: 'Accept without event-stream', headers: { ...MCP_HEADERS, accept: 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 11, method: 'ping' }) },
  { name: 'text/plain body', headers: { ...MCP_HEADERS, 'content-type': 'text/plain' }, body: JSON.stringify({ jsonrpc: '2.0', id: 12, method: 'ping' }) },
  { name: 'not JSON', body: '{not json' },
  { name: 'not JSON-RPC', body: JSON.stringify({ hello: 'world' }) },
  { name: 'unsupported MCP-Protocol-Version', headers: { ...MCP_HEADERS, 'mcp-protocol-version': '1999-01-01' }, body: JSON.stringify({ jsonrpc: '2.0', id: 13, method: 'ping' }) },
];

describe('stateless brand server: POSTs on the MCP path answered from node:http', () => {
  it('answers every request exactly as the hono app does (status, content type, body)', async () => {
    const server = await serveBrandOverHttp(createBrandAgentCore(fixtureBrand({ clock })), { mode: 'stateless' });
    cleanups.push(server.close);
    const app = createBrandHttpApp(createBrandAgentCore(fixtureBrand({ clock })), { mode: 'stateless' });
    for (const { name, headers = MCP_HEADERS, body, search = '' } of CASES) {
      const served = await post(`${server.url}${search}`, headers, body);
      const viaHono = await app.request(`/mcp${search}`, { method: 'POST', headers, body });
      const expected: Answer = { status: viaHono.status, contentType: viaHono.status === 202 ? null : viaHono.headers.get('content-type'), body: await viaHono.text() };
      expect({ name, ...served }).toEqual({ name, ...expected });
    }
  });

  it('refuses a body past twice the payload limit with 413 PAYLOAD_TOO_LARGE, declared or chunked, and keeps serving', async () => {
    const server = await serveBrandOverHttp(createBrandAgentCore(fixtureBrand({ clock })), { mode: 'stateless' });
    cleanups.push(server.close);
    const huge = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(600 * 1024) } });
    for (const chunked of [false, true]) {
      const answer = await post(server.url, MCP_HEADERS, huge, chunked);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32602, data: { code: 'PAYLOAD_TOO_LARGE' } } });
    }
    const ping = await post(server.url, MCP_HEADERS, JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' }));
    expect(ping).toMatchObject({ status: 200, body: '{"result":{},"jsonrpc":"2.0","id":2}' });
  });

  it('leaves everything but POST on the MCP path to hono: /health, /card, GET and DELETE on /mcp', async () => {
    const server = await serveBrandOverHttp(fixtureBrand(), { mode: 'stateless' });
    cleanups.push(server.close);
    const base = server.url.replace(/\/mcp$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ ok: true, brand: 'fixture-shoes' });
    expect(((await (await fetch(`${base}/card`)).json()) as { id: string }).id).toBe('fixture-shoes');
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(server.url, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
  });
});
