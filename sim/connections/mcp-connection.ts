import { connectionFromClient, type BrandConnection } from '../../agent/butler/index.ts';
import { BrandClient } from '../../agent/transport/index.ts';
import { linkBrandInMemory, type BrandAgentCore } from '../../brand-agent/index.ts';
import { SIM_REMEMBERED_OFFERS } from './sim-remembered-offers.ts';

/**
 * The simulator's MCP path: the brand is served as a real MCP server over a linked in-memory transport and the butler
 * talks to it through `BrandClient`, exactly as the app does with built-in brands.
 */
export async function mcpConnection(core: BrandAgentCore, timeoutMs: number): Promise<{ connection: BrandConnection; close: () => Promise<void> }> {
  const link = await linkBrandInMemory(core);
  const connected = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport, label: `sim:${core.card.id}` }, { callTimeoutMs: timeoutMs, connectTimeoutMs: timeoutMs });
  if (!connected.ok) {
    await link.close();
    throw new Error(`${core.card.id}: MCP connection failed (${connected.error.code}: ${connected.error.message})`);
  }
  const client = connected.value;
  return {
    connection: connectionFromClient({ id: core.card.id, client, callTimeoutMs: timeoutMs, endpoint: `sim:${core.card.id}` }, { rememberedOffers: SIM_REMEMBERED_OFFERS }),
    close: async () => {
      await client.close();
      await link.close();
    },
  };
}
