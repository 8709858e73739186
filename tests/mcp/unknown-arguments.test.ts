import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanationMarket } from '../llm/market-fixture.ts';
import { connectButlerClient, type ButlerClient } from './butler-client.ts';

let client: Client;

let butler: ButlerClient;

beforeAll(async () => {
  butler = await connectButlerClient(explanationMarket());
  client = butler.client;
});
afterAll(() => butler.close());

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
