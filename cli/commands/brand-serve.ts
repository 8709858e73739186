import { REFERENCE_BRAND_IDS, createReferenceBrand } from '../../brand-agent/reference/index.ts';
import { serveBrandOverHttp, serveBrandOverStdio } from '../../brand-agent/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';

function waitForShutdown(close: () => Promise<void>, log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      log(`received ${signal}, shutting down`);
      void close().finally(() => resolve(0));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

/** `majordome brand serve <id> --stdio | --port N [--host H]`: serves a reference brand agent. */
export const brandServeCommand: CliCommand = {
  name: 'brand serve',
  summary: 'Serve a built-in reference brand agent over stdio or Streamable HTTP',
  usage: 'majordome brand serve <brand-id> (--stdio | --port <n> [--host 127.0.0.1])',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      stdio: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
    });
    const id = positionals[0];
    if (!id) throw new CliUsageError(`which brand? one of: ${REFERENCE_BRAND_IDS.join(', ')}`);
    if (!(REFERENCE_BRAND_IDS as readonly string[]).includes(id)) throw new CliUsageError(`unknown brand "${id}"; known: ${REFERENCE_BRAND_IDS.join(', ')}`);
    if (values.stdio === (values.port !== undefined)) throw new CliUsageError('choose exactly one of --stdio or --port <n>');
    const log = (line: string) => io.stderr.write(`[${id}] ${line}\n`);
    if (values.stdio) {
      const server = await serveBrandOverStdio(createReferenceBrand(id));
      log('serving over stdio');
      process.stdin.once('end', () => void server.close().then(() => process.exit(0)));
      return waitForShutdown(() => server.close(), log);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliUsageError(`--port must be 0..65535, got "${values.port}"`);
    const server = await serveBrandOverHttp(createReferenceBrand(id), { port, host: values.host ?? '127.0.0.1' });
    io.stdout.write(`${id} serving MCP at ${server.url}\n`);
    return waitForShutdown(() => server.close(), log);
  },
};
