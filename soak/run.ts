import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrandFleet } from './brand-fleet.ts';
import type { SoakRun } from './drive-soak.ts';
import { soakMcp } from './mcp-soak.ts';
import { soakServe } from './serve-soak.ts';
import { DEFAULT_SOAK_BOUNDS, describeFigures, soakViolations } from './soak-bounds.ts';

// `npm run soak [-- --short] [--serve N] [--mcp N] [--concurrency C] [--only serve|mcp]`:
// the long-running surfaces under sustained brand traffic; exits 1 when a bound is broken.
const { values } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    serve: { type: 'string' },
    mcp: { type: 'string' },
    concurrency: { type: 'string' },
    only: { type: 'string' },
  },
});
const short = values.short || process.env.SOAK_SHORT === '1';
const count = (flag: string | undefined, env: string | undefined, full: number, brief: number): number => {
  const n = Number(flag ?? env ?? (short ? brief : full));
  if (!Number.isInteger(n) || n < 10) throw new Error(`a soak needs an integer of at least 10 requests, not "${flag ?? env}"`);
  return n;
};
const serveRequests = count(values.serve, process.env.SOAK_SERVE_REQUESTS, 10_000, 100);
const mcpRequests = count(values.mcp, process.env.SOAK_MCP_REQUESTS, 5_000, 60);
const concurrency = Number(values.concurrency ?? process.env.SOAK_CONCURRENCY ?? 4);
if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency takes a positive integer, not "${values.concurrency ?? process.env.SOAK_CONCURRENCY}"`);
const log = (line: string) => console.log(line);
// Pooled keep-alive sockets to the two HTTP brands can number up to the concurrency each.
const bounds = { ...DEFAULT_SOAK_BOUNDS, fdSlack: Math.max(DEFAULT_SOAK_BOUNDS.fdSlack, 2 * concurrency + 2) };

const home = mkdtempSync(join(tmpdir(), 'majordome-soak-'));
const fleet = await startBrandFleet(home);
let failedBounds = 0;
function judge(label: string, outcome: { run: SoakRun; printedWarnings: string[] }): void {
  const { run } = outcome;
  const violations = soakViolations({ warm: run.warm, end: run.end, printedWarnings: outcome.printedWarnings }, bounds);
  if (run.failed > 0) violations.push(`${run.failed} requests got no full answer`);
  log(`\n== ${label}: ${run.seconds.toFixed(1)} s, heap after GC ×${(run.end.heapAfterGc / run.warm.heapAfterGc).toFixed(3)} of the warm-up value`);
  log(describeFigures('warm-up', run.warm));
  log(describeFigures('end', run.end));
  if (violations.length === 0) log(`PASS ${label}`);
  for (const v of violations) log(`FAIL ${label}: ${v}`);
  failedBounds += violations.length;
}
try {
  if (values.only !== 'mcp') {
    log(`== majordome serve: ${serveRequests} shopping requests through POST /api/chat, ${concurrency} at a time`);
    mkdirSync(join(home, 'serve'));
    judge(`serve (${serveRequests} requests)`, await soakServe({ home: join(home, 'serve'), fleet, requests: serveRequests, concurrency, log }));
  }
  if (values.only !== 'serve') {
    log(`\n== majordome mcp: ${mcpRequests} find_offers calls over stdio, ${concurrency} at a time`);
    mkdirSync(join(home, 'mcp'));
    judge(`mcp (${mcpRequests} calls)`, await soakMcp({ home: join(home, 'mcp'), fleet, requests: mcpRequests, concurrency, log }));
  }
} finally {
  await fleet.stop();
  rmSync(home, { recursive: true, force: true });
}
process.exitCode = failedBounds === 0 ? 0 : 1;
