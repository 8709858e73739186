import { afterEach, describe, expect, it } from 'vitest';
import { createBrandAgentCore, createBrandHttpApp, serveBrandOverHttp } from '../../brand-agent/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { postOverNodeHttp } from '../fixtures/node-http-post.ts';

// A stateful brand server answers tool calls in a live session from node:http (brand-agent/session-post-listener.ts);
// every answer must be the one the hono app and the SDK's session transport give, session header included.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const clock = () => new Date('2026-11-23T10:00:00.000Z');

interface Answer {
  status: number;
  contentType: string | null;
  session: string | null;
  body: string;
}

async function post(url: string, headers: Record<string, string>, body: string, chunked = false): Promise<Answer> {
  const answer = await postOverNodeHttp(url, headers, body, chunked);
  return {
    status: answer.status,
    contentType: answer.status === 202 ? null : (answer.headers['content-type'] ?? null),
    session: (answer.headers['mcp-session-id'] as string | undefined) ?? null,
    body: answer.body,
  };
}

const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } });
const call = (id: number | string, name: string, args: unknown) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

/** POSTs in a session, from the ordinary tool call to the refused; `session: 'other'` names a session that does not exist. */
const CASES: Array<{ name: string; headers?: Record<string, string>; body: string; search?: string; session?: 'other' }> = [
  { name: 'initialized notification', body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) },
  { name: 'request_offers', body: JSON.stringify(call(2, 'request_offers', { ...trailShoeBrief('req-1'), buyerId: 'buyer-1' })) },
  { name: 'request_offers, string id and query string', search: '?x=1', body: JSON.stringify(call('s-3', 'request_offers', { ...trailShoeBrief('req-2'), buyerId: 'buyer-2' })) },
  { name: 'request_offers, byte-order mark', body: `\ufeff${JSON.stringify(call(4, 'request_offers', { ...trailShoeBrief('req-3'), buyerId: 'buyer-3' }))}` },
  { name: 'request_offers, supported MCP-Protocol-Version', headers: { ...MCP_HEADERS, 'mcp-protocol-version': '2025-06-18' }, body: JSON.stringify(call(41, 'request_offers', { ...trailShoeBrief('req-31'), buyerId: 'buyer-3' })) },
  { name: 'invalid arguments (typed JSON-RPC error)', body: JSON.stringify(call(5, 'request_offers', { ...trailShoeBrief('req-4'), quantity: -1 })) },
  { name: 'unknown order (tool error in the result)', body: JSON.stringify(call(6, 'get_order', { protocolVersion: '1.1', idempotencyKey: 'idem-missing-0123456789', buyerId: 'buyer-1' })) },
  { name: 'unknown tool', body: JSON.stringify(call(7, 'no_such_tool', {})) },
  { name: 'tools/call without params', body: JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'tools/call' }) },
  { name: 'tools/call asking for a task', body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'request_offers', arguments: trailShoeBrief('req-5'), task: { ttl: 1000 } } }) },
  { name: 'tools/list', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) },
  { name: 'ping', body: JSON.stringify({ jsonrpc: '2.0', id: 'p', method: 'ping' }) },
  { name: 'batch', body: JSON.stringify([call('a', 'request_offers', { ...trailShoeBrief('req-6'), buyerId: 'b-6' }), { jsonrpc: '2.0', id: 'b', method: 'ping' }]) },
  { name: 'initialize again', body: INITIALIZE },
  { name: 'Accept without event-stream', headers: { ...MCP_HEADERS, accept: 'application/json' }, body: JSON.stringify(call(11, 'request_offers', trailShoeBrief('req-7'))) },
  { name: 'text/plain body', headers: { ...MCP_HEADERS, 'content-type': 'text/plain' }, body: JSON.stringify(call(12, 'request_offers', trailShoeBrief('req-8'))) },
  { name: 'not JSON', body: '{not json' },
  { name: 'not JSON-RPC', body: JSON.stringify({ hello: 'world' }) },
  { name: 'unsupported MCP-Protocol-Version', headers: { ...MCP_HEADERS, 'mcp-protocol-version': '1999-01-01' }, body: JSON.stringify(call(13, 'request_offers', trailShoeBrief('req-9'))) },
  { name: 'unknown session', session: 'other', body: JSON.stringify(call(14, 'request_offers', trailShoeBrief('req-10'))) },
];

describe('stateful brand server: tool calls in a session answered from node:http', () => {
  it('answers every POST in a session exactly as the hono app and the SDK session transport do (status, content type, session header, body)', async () => {
    const server = await serveBrandOverHttp(createBrandAgentCore(fixtureBrand({ clock })), { mode: 'stateful' });
    cleanups.push(server.close);
    const app = createBrandHttpApp(createBrandAgentCore(fixtureBrand({ clock })), { mode: 'stateful' });
    const servedInit = await post(server.url, MCP_HEADERS, INITIALIZE);
    const honoInit = await app.request('/mcp', { method: 'POST', headers: MCP_HEADERS, body: INITIALIZE });
    const servedSession = servedInit.session!;
    const honoSession = honoInit.headers.get('mcp-session-id')!;
    expect(servedSession).toMatch(/^[0-9a-f-]{36}$/);
    expect(honoSession).toMatch(/^[0-9a-f-]{36}$/);
    for (const { name, headers = MCP_HEADERS, body, search = '', session } of CASES) {
      const served = await post(`${server.url}${search}`, { ...headers, 'mcp-session-id': session === 'other' ? 'no-such-session' : servedSession }, body);
      const viaHono = await app.request(`/mcp${search}`, { method: 'POST', headers: { ...headers, 'mcp-session-id': session === 'other' ? 'no-such-session' : honoSession }, body });
      const expected: Answer = {
        status: viaHono.status,
        contentType: viaHono.status === 202 ? null : viaHono.headers.get('content-type'),
        // Each server names its own session: compare whether the header is there.
        session: viaHono.headers.get('mcp-session-id') === null ? null : servedSession,
        body: await viaHono.text(),
      };
      expect({ name, ...served }).toEqual({ name, ...expected });
    }
  });

  it('refuses a body past twice the payload limit with 413 PAYLOAD_TOO_LARGE in a session, declared or chunked, and keeps serving', async () => {
    const server = await serveBrandOverHttp(createBrandAgentCore(fixtureBrand({ clock })), { mode: 'stateful' });
    cleanups.push(server.close);
    const session = (await post(server.url, MCP_HEADERS, INITIALIZE)).session!;
    const headers = { ...MCP_HEADERS, 'mcp-session-id': session };
    const huge = JSON.stringify(call(1, 'request_offers', { pad: 'x'.repeat(600 * 1024) }));
    for (const chunked of [false, true]) {
      const answer = await post(server.url, headers, huge, chunked);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32602, data: { code: 'PAYLOAD_TOO_LARGE' } } });
    }
    const offers = await post(server.url, headers, JSON.stringify(call(2, 'request_offers', { ...trailShoeBrief('req-1'), buyerId: 'buyer-1' })));
    expect(offers).toMatchObject({ status: 200, session });
    expect(JSON.parse(offers.body)).toMatchObject({ jsonrpc: '2.0', id: 2, result: { structuredContent: { requestId: 'req-1' } } });
  });
});
