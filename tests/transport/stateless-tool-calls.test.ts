import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { describe, expect, it } from 'vitest';
import { createBrandAgent, createBrandAgentCore, type BrandAgentCore } from '../../brand-agent/index.ts';
import { createStatelessMcpHandler } from '../../brand-agent/serve-stateless-mcp.ts';
import { PROTOCOL_VERSION, type Offer } from '../../protocol/index.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand, type FixtureFaults } from '../fixtures/fixture-brand.ts';

const HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const clock = () => new Date('2026-11-23T10:00:00.000Z');

/** The SDK's own stateless Streamable HTTP answer: a fresh MCP server and transport for one POST, JSON answers. */
async function answerThroughSdk(core: BrandAgentCore, body: string): Promise<{ status: number; body: string }> {
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  const server = createBrandAgent(core);
  await server.connect(transport);
  const response = await transport.handleRequest(new Request('http://127.0.0.1/mcp', { method: 'POST', headers: HEADERS, body }));
  const answer = { status: response.status, body: await response.text() };
  await server.close();
  return answer;
}

const call = (id: number | string, name: string, args?: unknown, extra: Record<string, unknown> = {}) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, ...(args === undefined ? {} : { arguments: args }), ...extra },
});

/** Runs the same requests, in turn, through the stateless handler and through the SDK's stateless transport, each over its own core. */
async function compare(faults: FixtureFaults, requests: (previous: unknown) => unknown[]): Promise<void> {
  const handler = createStatelessMcpHandler(createBrandAgentCore(fixtureBrand({ clock, faults })));
  const sdkCore = createBrandAgentCore(fixtureBrand({ clock, faults }));
  let previous: unknown;
  for (const request of requests(undefined)) {
    const body = JSON.stringify(typeof request === 'function' ? (request as (p: unknown) => unknown)(previous) : request);
    const ours = await handler({ accept: HEADERS.accept, contentType: HEADERS['content-type'], protocolVersion: null, body });
    const sdk = await answerThroughSdk(sdkCore, body);
    expect({ request: body.slice(0, 120), ...ours }).toEqual({ request: body.slice(0, 120), ...sdk });
    previous = JSON.parse(sdk.body) as unknown;
  }
}

const offerOf = (answer: unknown): Offer => (answer as { result: { structuredContent: { offers: Offer[] } } }).result.structuredContent.offers[0]!;

describe('stateless tool calls answered by the core directly', () => {
  it('give the answers the SDK stateless transport gives over the MCP server: results, tool errors and JSON-RPC faults, byte for byte', async () => {
    let offer: Offer | undefined;
    await compare({}, () => [
      call(1, 'hello', { protocolVersion: PROTOCOL_VERSION, capabilities: ['offers'] }),
      call(2, 'request_offers', trailShoeBrief('req-1')),
      (previous: unknown) => {
        offer = offerOf(previous);
        return call('q', 'ask_question', { protocolVersion: PROTOCOL_VERSION, questionId: 'q-1', requestId: 'req-1', offerId: offer.offerId, buyerId: 'buyer-7f3a', attribute: 'waterproof', text: 'Is it waterproof?' });
      },
      () =>
        call(3, 'counter_offer', {
          protocolVersion: PROTOCOL_VERSION,
          counterId: 'c-1',
          requestId: 'req-1',
          offerId: offer!.offerId,
          buyerId: 'buyer-7f3a',
          round: 1,
          inReplyTo: offer!.offerId,
          proposedPrice: { amountMinor: 10_000, currency: 'EUR' },
        }),
      () => call(4, 'counter_offer', { protocolVersion: PROTOCOL_VERSION, counterId: 'c-2', requestId: 'req-1', offerId: offer!.offerId, buyerId: 'buyer-7f3a', round: 5, inReplyTo: offer!.offerId, proposedPrice: { amountMinor: 10_000, currency: 'EUR' } }),
      () => call(5, 'place_order', orderFor(offer!, 'idem-0123456789abcdef', clock())),
      () => call(6, 'place_order', { ...orderFor(offer!, 'idem-0123456789abcdef', clock()), quantity: 2 }),
      () => call(7, 'get_order', { protocolVersion: PROTOCOL_VERSION, idempotencyKey: 'idem-0123456789abcdef', buyerId: 'buyer-7f3a' }),
      () => call(8, 'get_order', { protocolVersion: PROTOCOL_VERSION, idempotencyKey: 'idem-0123456789abcdef', buyerId: 'someone-else' }),
      () => call(9, 'cancel_order', { protocolVersion: PROTOCOL_VERSION, orderId: 'order-idem-0123456789abcdef', buyerId: 'buyer-7f3a', reason: 'changed_mind' }),
      call(10, 'request_offers', { ...trailShoeBrief('req-2'), quantity: -1 }),
      call(11, 'request_offers', { ...trailShoeBrief('req-3'), protocolVersion: '9.0' }),
      call(12, 'request_offers', { ...trailShoeBrief('req-4'), hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 99 }] }),
      call(13, 'no_such_tool', {}),
      call(14, 'request_offers'),
      call(15, 'request_offers', trailShoeBrief('req-5'), { _meta: { progressToken: 'p-1' } }),
      call(16, 'request_offers', trailShoeBrief('req-6'), { task: { ttl: 1000 } }),
      { jsonrpc: '2.0', id: 17, method: 'tools/call', params: { arguments: {} } },
      [call('a', 'request_offers', trailShoeBrief('req-7')), { jsonrpc: '2.0', id: 'b', method: 'ping' }, call('c', 'no_such_tool', {})],
    ]);
  });

  it('report a brand that breaks its contract, or throws, as the SDK path does', async () => {
    await compare({ invalidOffer: true }, () => [call(1, 'request_offers', trailShoeBrief('req-1'))]);
    await compare({ throwInternal: true }, () => [call(1, 'request_offers', trailShoeBrief('req-1'))]);
  });
});
