import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createButlerMcpServer } from '../../agent/mcp/index.ts';
import { explanationMarket } from '../llm/market-fixture.ts';
import { openSmallMarket, type SmallMarket } from '../support/small-market.ts';

let market: SmallMarket;
let client: Client;

beforeAll(async () => {
  market = await openSmallMarket({ brands: explanationMarket() });
  const server = createButlerMcpServer(market);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  client = new Client({ name: 'plain-test-client', version: '1.0.0' });
  await client.connect(clientTransport);
});
afterAll(async () => {
  await client.close();
  await market.close();
});

/** The error text of a refused call, whether the SDK threw it or returned it as an isError result. */
async function refusal(name: string, args: Record<string, unknown>): Promise<string> {
  try {
    const result = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ text?: string }> };
    return result.isError ? (result.content[0]?.text ?? '(isError without text)') : 'accepted';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('majordome mcp: unknown argument keys are refused with the schema error', () => {
  it('lists every input schema as closed (additionalProperties: false)', async () => {
    const { tools } = await client.listTools();
    for (const tool of tools) expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
  });

  it.each([
    ['find_offers', { request: 'trail shoes size 43', budget: 100 }, 'budget'],
    ['explain_ranking', { requestId: 'req-1', verbose: true }, 'verbose'],
    ['brand_trust', { brand: 'calm-runners' }, 'brand'],
    ['prepare_purchase', { offerId: 'o-1', confirm: true }, 'confirm'],
  ])('%s refuses an unknown key and names it', async (name, args, key) => {
    const text = await refusal(name, args);
    expect(text).toMatch(/Input validation error/);
    expect(text).toContain(key);
  });
});
