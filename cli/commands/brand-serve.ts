import { REFERENCE_BRAND_IDS, createReferenceBrand } from '../../brand-agent/reference/index.ts';
import { serveBrandOverHttp, serveBrandOverStdio } from '../../brand-agent/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { FEED_FLAG_OPTIONS, feedBrandFromFlags } from './brand-feed.ts';
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

/**
 * `majordome brand serve <id> --stdio | --port N [--host H]`: serves a reference brand agent, or with `--feed <file>`
 * the shop's own Merchant Center product feed (TSV, CSV, RSS/Atom XML or JSON) as a brand agent named <id>.
 */
export const brandServeCommand: CliCommand = {
  name: 'brand serve',
  summary: 'Serve a built-in reference brand, or a shop\'s product feed (--feed), over stdio or Streamable HTTP',
  usage:
    'majordome brand serve <brand-id> [--feed <file> [--name <shop name>] [--currency EUR] [--max-discount 0.05] [--return-days 30] ' +
    '[--warranty-months 24] [--delivery-days 3] [--stock 10] [--category <google id>] [--ship-country FR]] (--stdio | --port <n> [--host 127.0.0.1])',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      stdio: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      ...FEED_FLAG_OPTIONS,
    });
    const id = positionals[0];
    if (!id) throw new CliUsageError(`which brand? one of: ${REFERENCE_BRAND_IDS.join(', ')}, or any id with --feed <file>`);
    if (values.feed === undefined && !(REFERENCE_BRAND_IDS as readonly string[]).includes(id)) {
      throw new CliUsageError(`unknown brand "${id}"; known: ${REFERENCE_BRAND_IDS.join(', ')} (or serve your own with --feed <file>)`);
    }
    if (values.stdio === (values.port !== undefined)) throw new CliUsageError('choose exactly one of --stdio or --port <n>');
    const log = (line: string) => io.stderr.write(`[${id}] ${line}\n`);
    const feedBrand = values.feed === undefined ? undefined : feedBrandFromFlags(id, { ...values, feed: values.feed }, log);
    const definition = feedBrand?.definition ?? createReferenceBrand(id);
    if (values.stdio) {
      const server = await serveBrandOverStdio(definition);
      log('serving over stdio');
      process.stdin.once('end', () => void server.close().then(() => process.exit(0)));
      return waitForShutdown(() => server.close(), log);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliUsageError(`--port must be 0..65535, got "${values.port}"`);
    const server = await serveBrandOverHttp(definition, { port, host: values.host ?? '127.0.0.1' });
    io.stdout.write(`${id} serving MCP at ${server.url}\n`);
    return waitForShutdown(() => server.close(), log);
  },
};
