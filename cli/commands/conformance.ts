import { parseArgs } from 'node:util';
import {
  CONFORMANCE_CHECKS,
  conformanceTargetFromText,
  formatConformanceReport,
  runConformance,
  type ConformanceReport,
  type ConformanceTarget,
} from '../../brand-agent/conformance/index.ts';
import { linkBrandInMemory, type BrandAgentCore, type BrandAgentDefinition } from '../../brand-agent/index.ts';
import { shortenId } from '../../protocol/index.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** Where `builtin:<id>` brands come from: their ids and a way to build one in-process. */
export interface BuiltinBrandSource {
  readonly ids: readonly string[];
  create(id: string): BrandAgentDefinition | BrandAgentCore;
}

/** What to test, as parsed from the command line. */
type ParsedTarget = { kind: 'builtin'; ids: string[] } | { kind: 'remote'; target: ConformanceTarget };

const USAGE = [
  'majordome conformance <target> [--json] [--trace] [--timeout <ms>] [--only <check-id,...>]',
  '',
  'Targets:',
  '  builtin:<brand-id>      an in-process reference brand (builtin:all runs every one)',
  '  http://host:port/mcp    a brand served over Streamable HTTP',
  '  "node server.js"        a command line speaking MCP over stdio (or: -- node server.js)',
  '',
  '--trace prints every request sent and every answer under its check; a failure shows the field and expected value.',
  '',
  'Exit code: 0 when every check passes, 1 on any failure or an unreachable brand, 2 on a usage error.',
].join('\n');

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 1 || ms > 600_000) throw new CliUsageError(`--timeout must be a whole number of milliseconds (1–600000), not "${text}"`);
  return ms;
}

function parseOnly(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const ids = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !CONFORMANCE_CHECKS.some((c) => c.id === id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new CliUsageError(`unknown check id(s): ${unknown.join(', ') || '(none given)'}; known: ${CONFORMANCE_CHECKS.map((c) => c.id).join(', ')}`);
  }
  return ids;
}

async function parseTarget(positionals: readonly string[], command: readonly string[], builtins: () => Promise<BuiltinBrandSource>): Promise<ParsedTarget> {
  if (command.length > 0) {
    if (positionals.length > 0) throw new CliUsageError('give either a target or a command after --, not both');
    return { kind: 'remote', target: { kind: 'stdio', command: command[0]!, args: command.slice(1) } };
  }
  if (positionals.length !== 1) throw new CliUsageError(positionals.length === 0 ? 'missing target' : `expected one target, got ${positionals.length} (quote a command line)`);
  const text = positionals[0]!;
  if (text.startsWith('builtin:')) {
    const id = text.slice('builtin:'.length);
    const source = await builtins();
    if (id === 'all') return { kind: 'builtin', ids: [...source.ids] };
    if (!source.ids.includes(id)) throw new CliUsageError(`unknown builtin brand "${id}"; known: ${source.ids.join(', ')}, all`);
    return { kind: 'builtin', ids: [id] };
  }
  try {
    return { kind: 'remote', target: conformanceTargetFromText(text) };
  } catch (error) {
    throw new CliUsageError(`cannot read target "${text}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runBuiltin(source: BuiltinBrandSource, id: string, options: Parameters<typeof runConformance>[1]): Promise<ConformanceReport> {
  const link = await linkBrandInMemory(source.create(id));
  try {
    return await runConformance({ kind: 'transport', transport: link.clientTransport, label: `builtin:${id}` }, options);
  } finally {
    await link.close();
  }
}

/** Builds the `conformance` command over a source of builtin brands (injectable for tests). */
export function createConformanceCommand(builtins: () => Promise<BuiltinBrandSource>): CliCommand {
  return {
    name: 'conformance',
    summary: 'Run the protocol conformance checks against a brand agent (builtin, stdio command or HTTP URL).',
    usage: USAGE,
    async run(args: readonly string[], io: CliIo): Promise<number> {
      const dashDash = args.indexOf('--');
      const head = dashDash === -1 ? args : args.slice(0, dashDash);
      const command = dashDash === -1 ? [] : args.slice(dashDash + 1);
      let parsed;
      try {
        parsed = parseArgs({
          args: [...head],
          allowPositionals: true,
          strict: true,
          options: { json: { type: 'boolean', default: false }, trace: { type: 'boolean', default: false }, timeout: { type: 'string' }, only: { type: 'string' } },
        });
      } catch (error) {
        throw new CliUsageError(error instanceof Error ? error.message : String(error));
      }
      const callTimeoutMs = parseTimeout(parsed.values.timeout);
      const only = parseOnly(parsed.values.only);
      const target = await parseTarget(parsed.positionals, command, builtins);
      const options = { ...(callTimeoutMs === undefined ? {} : { callTimeoutMs }), ...(only === undefined ? {} : { only }), trace: parsed.values.trace };

      const reports: ConformanceReport[] = [];
      if (target.kind === 'builtin') {
        const source = await builtins();
        for (const id of target.ids) reports.push(await runBuiltin(source, id, options));
      } else {
        reports.push(await runConformance(target.target, options));
      }

      const ok = reports.every((r) => r.ok);
      if (parsed.values.json) {
        io.stdout.write(`${terminalSafeJson({ ok, reports }, 2)}\n`);
      } else {
        for (const report of reports) io.stdout.write(`${formatConformanceReport(report, { trace: parsed.values.trace })}\n`);
        if (reports.length > 1) {
          const conformant = reports.filter((r) => r.ok).length;
          // Shortened with a hash of the whole id or target, never cut: two ids sharing their first 80 characters stay apart.
          const failing = reports.filter((r) => !r.ok).map((r) => terminalSafeText(shortenId(r.brandId ?? r.target, 80), { maxLength: 80 }));
          io.stdout.write(`${conformant} of ${reports.length} brands conformant${failing.length ? `; not conformant: ${failing.join(', ')}` : ''}\n`);
        }
      }
      for (const report of reports.filter((r) => !r.reachable)) {
        io.stderr.write(`majordome conformance: cannot reach ${terminalSafeText(report.target)}: ${terminalSafeText(report.connectError ?? 'unknown error', { maxLength: 300 })}\n`);
      }
      return ok ? 0 : 1;
    },
  };
}

/** `majordome conformance`: runs the conformance checks against one brand (or every builtin one) and prints a table. */
export const conformanceCommand: CliCommand = createConformanceCommand(async () => {
  const market = await import('../../brand-agent/demo-market/index.ts');
  return { ids: market.DEMO_MARKET_BRAND_IDS, create: (id: string) => market.createDemoBrand(id) };
});
