// Any generic MCP client can use a brand: only the MCP SDK on the client side, no Majordome code.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { afterEach, describe, expect, it } from 'vitest';
import { serveBrandOverHttp } from '../../brand-agent/index.ts';
import { BriefResponseSchema, BrandCardSchema, ToolErrorSchema } from '../../protocol/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function clientTransport(kind: 'stdio' | 'http'): Promise<Transport> {
  if (kind === 'stdio') {
    return new StdioClientTransport({ command: process.execPath, args: ['bin/run-ts.js', 'tests/fixtures/serve-fixture-brand.ts'], stderr: 'ignore' });
  }
  const server = await serveBrandOverHttp(fixtureBrand());
  cleanups.push(server.close);
  return new StreamableHTTPClientTransport(new URL(server.url));
}

describe.each(['stdio', 'http'] as const)('a plain MCP SDK client over %s', (kind) => {
  it('lists the tools, reads the card and gets a valid offer', async () => {
    const client = new Client({ name: 'any-generic-client', version: '1.0.0' });
    await client.connect(await clientTransport(kind));
    cleanups.push(() => client.close());

    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['hello', 'request_offers', 'ask_question', 'counter_offer', 'place_order', 'get_order', 'cancel_order']);
    for (const tool of tools) expect(tool.outputSchema?.type).toBe('object');

    const card = await client.readResource({ uri: 'majordome://card' });
    const text = (card.contents[0] as { text?: string }).text ?? '';
    expect(BrandCardSchema.safeParse(JSON.parse(text)).success).toBe(true);

    // A hand-written brief, as any client would send it; callTool validates the answer against the listed outputSchema.
    const result = await client.callTool({
      name: 'request_offers',
      arguments: {
        protocolVersion: '1.0',
        requestId: 'generic-req-1',
        buyerId: 'generic-buyer',
        category: 'running-shoes',
        hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 44 }],
        softPreferences: [],
        quantity: 1,
        currency: 'EUR',
        issuedAt: new Date().toISOString(),
      },
    });
    expect(result.isError).toBeFalsy();
    const answer = BriefResponseSchema.parse(result.structuredContent);
    expect(answer.outcome).toBe('offers');
    expect(answer.offers.every((o) => o.requestId === 'generic-req-1' && o.product.attributes.size_eu === 44)).toBe(true);
    expect(answer.offers[0]!.price).toEqual({ amountMinor: 13_900, currency: 'EUR' });
  });

  it('receives business errors as isError results that validate against the listed outputSchema (no -32602)', async () => {
    const client = new Client({ name: 'any-generic-client', version: '1.0.0' });
    await client.connect(await clientTransport(kind));
    cleanups.push(() => client.close());
    await client.listTools(); // callTool validates structuredContent only for tools it has listed

    const unknownOrder = await client.callTool({
      name: 'get_order',
      arguments: { protocolVersion: '1.0', idempotencyKey: 'generic-key-never-used-1', buyerId: 'generic-buyer' },
    });
    expect(unknownOrder.isError).toBe(true);
    expect(ToolErrorSchema.parse(unknownOrder.structuredContent).error.code).toBe('UNKNOWN_ORDER');

    const unknownOffer = await client.callTool({
      name: 'ask_question',
      arguments: { protocolVersion: '1.0', questionId: 'generic-q-1', requestId: 'generic-req-1', offerId: 'no-such-offer', buyerId: 'generic-buyer', text: 'Is it vegan?' },
    });
    expect(unknownOffer.isError).toBe(true);
    expect(ToolErrorSchema.parse(unknownOffer.structuredContent).error.code).toBe('UNKNOWN_OFFER');
  });
});
