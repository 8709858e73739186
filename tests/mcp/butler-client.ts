import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { BrandAgentDefinition } from '../../brand-agent/index.ts';
import { createButlerMcpServer } from '../../agent/mcp/index.ts';
import { openSmallMarket, type SmallMarket } from '../support/small-market.ts';

/** A butler MCP server over a small market, and a plain SDK client connected to it in memory. */
export interface ButlerClient {
  readonly market: SmallMarket;
  readonly client: Client;
  close(): Promise<void>;
}

/** Opens a small market of `brands` (on `clock`, if given), serves the butler's MCP tools over it, and connects a plain SDK client (in-memory transport). */
export async function connectButlerClient(brands: BrandAgentDefinition[], clock?: () => Date): Promise<ButlerClient> {
  const market = await openSmallMarket({ brands, ...(clock ? { clock } : {}) });
  const server = createButlerMcpServer(market);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const client = new Client({ name: 'plain-test-client', version: '1.0.0' });
  await client.connect(clientTransport);
  return {
    market,
    client,
    close: async () => {
      await client.close();
      await market.close();
    },
  };
}
