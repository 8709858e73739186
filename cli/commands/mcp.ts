import { needEngineFromEnv } from '../../agent/llm/index.ts';
import { serveButlerOverStdio } from '../../agent/mcp/index.ts';
import { butlerMcpDeps, openButler } from '../../app/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { SESSION_OPTIONS, parseSeedOption } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';

/** `majordome mcp`: the butler as an MCP server over stdio, for assistants (stdout is protocol only; notes go to stderr). */
export const mcpCommand: CliCommand = {
  name: 'mcp',
  summary: 'Serve the butler to an AI assistant as an MCP server over stdio (find, compare, explain; never buys)',
  usage: 'majordome mcp [--db <file>] [--brands <brands.json>] [--seed <n>]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, SESSION_OPTIONS);
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    const seed = parseSeedOption(values.seed);
    const log = (line: string) => io.stderr.write(`majordome mcp: ${line}\n`);
    const needEngine = needEngineFromEnv(io.env, { onInvalidConfig: log, onFallback: (n) => log(n.text) });
    const session = await openButler({ dbPath: values.db, brandsFile: values.brands, env: io.env, needEngine, ...(seed !== undefined ? { seed } : {}) });
    try {
      const server = await serveButlerOverStdio(butlerMcpDeps(session), { stdin: io.stdin, stdout: io.stdout });
      log(`serving ${session.butler.brands().length} brand(s) from ${session.directory.source} over stdio (need engine: ${session.needEngine.name})`);
      await server.closed;
      return 0;
    } finally {
      await session.close();
    }
  },
};
