import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { BrandAgentCore } from './brand-agent-core.ts';
import { createBrandAgent } from './create-brand-agent.ts';
import type { BrandAgentDefinition } from './definition.ts';

/** A running stdio brand server. */
export interface StdioBrandServer {
  close(): Promise<void>;
}

/** Serves a brand over this process's stdin/stdout (a brand as a child process); logs must go to stderr. */
export async function serveBrandOverStdio(
  source: BrandAgentDefinition | BrandAgentCore,
  streams: { stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream } = {},
): Promise<StdioBrandServer> {
  const server = createBrandAgent(source);
  const transport = new StdioServerTransport(
    (streams.stdin ?? process.stdin) as typeof process.stdin,
    (streams.stdout ?? process.stdout) as typeof process.stdout,
  );
  await server.connect(transport);
  return { close: () => server.close() };
}
