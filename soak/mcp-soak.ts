import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { MAJORDOME, ROOT, type BrandFleet } from './brand-fleet.ts';
import { DiagnosedProcess, diagnosticsNodeOptions } from './diagnosed-process.ts';
import { driveSoak, type SoakRun } from './drive-soak.ts';
import { SHOPPING_REQUESTS } from './shopping-requests.ts';

const FindOffersAnswer = z.object({ status: z.string(), offers: z.array(z.unknown()).optional() });

/**
 * The assistant soak: `majordome mcp` (with diagnostics preloaded) as a child over stdio, with an MCP client calling
 * `find_offers` over the fleet's brands, as an AI assistant would.
 */
export async function soakMcp(options: { home: string; fleet: BrandFleet; requests: number; concurrency: number; log: (line: string) => void }): Promise<{ run: SoakRun; printedWarnings: string[] }> {
  const { home, fleet, log } = options;
  const transport = new StdioClientTransport({
    command: MAJORDOME[0],
    args: [MAJORDOME[1], 'mcp', '--brands', fleet.brandsFile],
    cwd: ROOT,
    env: { ...getDefaultEnvironment(), MAJORDOME_HOME: home, NODE_OPTIONS: diagnosticsNodeOptions() },
    stderr: 'pipe',
  });
  const stderr = transport.stderr;
  if (!(stderr instanceof Readable)) throw new Error('no readable stderr stream for majordome mcp');
  const client = new Client({ name: 'majordome-soak', version: '1.0.0' });
  await client.connect(transport, { timeout: 60_000 });
  const pid = transport.pid;
  if (pid === null) throw new Error('majordome mcp has no pid');
  let serving = -1;
  const target = new DiagnosedProcess(pid, stderr, (line) => {
    const match = /^majordome mcp: serving (\d+) brand/.exec(line);
    if (match) serving = Number(match[1]);
    else log(`  [mcp stderr] ${line}`);
  });
  log(`majordome mcp (pid ${pid}) over stdio, brands ${fleet.ids.join(', ')}`);
  try {
    // The server announces its brands once connected; a soak with a brand missing would measure less than it claims.
    const announced = Date.now();
    while (serving < 0 && Date.now() - announced < 10_000) await new Promise((r) => setTimeout(r, 50));
    if (serving !== fleet.ids.length) throw new Error(`majordome mcp reached ${serving} of ${fleet.ids.length} brands`);
    const run = await driveSoak(
      {
        requests: options.requests,
        concurrency: options.concurrency,
        async request(index) {
          const result = await client.callTool({ name: 'find_offers', arguments: { request: SHOPPING_REQUESTS[index % SHOPPING_REQUESTS.length] } }, undefined, { timeout: 60_000 });
          const answer = FindOffersAnswer.safeParse(result.structuredContent);
          return !result.isError && answer.success && answer.data.status === 'ranked';
        },
      },
      target,
      log,
    );
    return { run, printedWarnings: target.printedWarnings() };
  } finally {
    await client.close();
  }
}
