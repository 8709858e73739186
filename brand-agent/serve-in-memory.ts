import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { BrandAgentCore } from './brand-agent-core.ts';
import { createBrandAgent } from './create-brand-agent.ts';
import type { BrandAgentDefinition } from './definition.ts';

/** An in-process brand: the client end of a linked in-memory transport pair, and a way to shut it down. */
export interface InMemoryBrandLink {
  readonly clientTransport: Transport;
  /**
   * Always true: every answer on this link was validated by the brand core (protocol schema and size limit) and is
   * handed over as the same object, so a client may skip validating it again (`answersValidated` of a BrandEndpoint).
   */
  readonly answersValidated: true;
  close(): Promise<void>;
}

/** Serves a brand in-process over a linked in-memory MCP transport (tests and simulation). */
export async function linkBrandInMemory(source: BrandAgentDefinition | BrandAgentCore): Promise<InMemoryBrandLink> {
  const server = createBrandAgent(source);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  return { clientTransport, answersValidated: true, close: () => server.close() };
}
