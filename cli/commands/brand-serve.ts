import { DEMO_MARKET_BRAND_IDS, createDemoBrand } from '../../brand-agent/demo-market/index.ts';
import { serveBrandOverHttp, serveBrandOverHttpWorkers, serveBrandOverStdio } from '../../brand-agent/index.ts';
import { HTTP_LIMIT_OPTIONS, HTTP_LIMIT_USAGE, httpLimitsHelp, limitsFromFlags } from '../http-limit-flags.ts';
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
 * `majordome brand serve <id> --stdio | --port N [--host H] [--stateless] [--workers N]`: serves a reference brand agent,
 * or with `--feed <file>` the shop's own product file as a brand agent named <id>: a Merchant Center feed (TSV, CSV,
 * RSS/Atom XML or JSON), a Shopify products.json or product CSV, a WooCommerce product CSV (English, French or German
 * headers) or schema.org Product JSON-LD (a file or a saved HTML page), told apart by content. `--stateless` answers each POST without an MCP session; `--workers N` (stateless) runs N processes on one port.
 */
export const brandServeCommand: CliCommand = {
  name: 'brand serve',
  summary: 'Serve a built-in reference brand, or a shop\'s product feed or export (--feed), over stdio or Streamable HTTP',
  usage:
    'majordome brand serve <brand-id> [--feed <file> [--name <shop name>] [--currency EUR] [--max-discount 0.05] [--return-days 30] ' +
    '[--warranty-months 24] [--delivery-days 3] [--stock 10] [--category <google id>] [--ship-country FR]] ' +
    `(--stdio | --port <n> [--host 127.0.0.1] [--stateless] [--workers <n>] ${HTTP_LIMIT_USAGE})\n\n` +
    `${httpLimitsHelp('twice the protocol\'s message limit')}\n\n` +
    '--feed reads, told apart by content (not the file name):\n' +
    '  a Google Merchant Center feed  TSV, CSV, RSS/Atom XML or JSON; also a Meta (Facebook) catalog CSV (--currency defaults\n' +
    '                                 to the one its prices state, else EUR)\n' +
    '  a Shopify products.json        the storefront\'s /products.json or the Admin API\'s; one product per variant; needs --currency\n' +
    '  a Shopify product CSV          Products > Export; one product per variant row (rows share the Handle); needs --currency\n' +
    '  a WooCommerce product CSV      Products > Export, headers in English, French or German; variations served with their\n' +
    '                                 parent\'s facts; needs --currency\n' +
    '  a PrestaShop product export    Catalog > Products > Export, French or English headers; Prix TTC; --currency unless\n' +
    '                                 its prices\' sign states one (€, £)\n' +
    '  a Magento 2 catalog export     System > Data Transfer > Export; configurable products served as their children; needs --currency\n' +
    '  a BigCommerce product export   Products > Export (Bulk Edit template); SKU rows served as variants; needs --currency\n' +
    '  a Shopware 6 product export    Import/Export, Default product profile; variants inherit their parent; needs --currency\n' +
    '  a Wix Stores product export    catalog_products.csv; variants at price + surcharge, less the discount; needs --currency\n' +
    '  an Etsy listings CSV           Download Data; one offer per listing, in its CURRENCY_CODE\n' +
    '  a Squarespace product export   Commerce > Inventory > Export; variant rows under their product; needs --currency\n' +
    '  an eBay File Exchange file     *Action(...Currency=GBP) header; variation rows as offers, not auctions without Buy It Now\n' +
    '  an Amazon inventory flat file  a category template saved as tab-delimited text (its 3 header rows); needs --currency\n' +
    '  an Ecwid product CSV           product / product_option / product_variation rows; needs --currency\n' +
    '  a JTL-Wawi article export      JTL-Ameise, Artikelnummer / Brutto-VK; father articles sold as their children\n' +
    '  schema.org Product JSON-LD     a .json file, or a saved HTML page\'s <script type="application/ld+json"> blocks\n' +
    'CSV files may be comma-, semicolon- or tab-separated (as a spreadsheet re-saves them), told apart by their header and rows\n' +
    '(or Excel\'s "sep=;" first line), in UTF-8, UTF-16 with a BOM (Excel\'s "Unicode Text"), Shift_JIS or Windows-1252. A price like\n' +
    '"1.299" is read only when the file\'s other prices show which separator is the decimal one; else the row is reported.\n' +
    'Shop categories ("Clothing > Hoodies") are mapped to the Google product taxonomy; a row that maps only broadly, or\n' +
    'not at all, is reported by row and field and served under the broader category, --category, or what its title names.',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      stdio: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      stateless: { type: 'boolean' },
      workers: { type: 'string' },
      ...HTTP_LIMIT_OPTIONS,
      ...FEED_FLAG_OPTIONS,
    });
    const id = positionals[0];
    if (!id) throw new CliUsageError(`which brand? one of: ${DEMO_MARKET_BRAND_IDS.join(', ')}, or any id with --feed <file>`);
    if (values.feed === undefined && !DEMO_MARKET_BRAND_IDS.includes(id)) {
      throw new CliUsageError(`unknown brand "${id}"; known: ${DEMO_MARKET_BRAND_IDS.join(', ')} (or serve your own with --feed <file>)`);
    }
    if (values.stdio === (values.port !== undefined)) throw new CliUsageError('choose exactly one of --stdio or --port <n>');
    const limits = limitsFromFlags(values);
    if (values.stdio && (values.stateless || values.workers !== undefined || Object.keys(limits).length > 0)) {
      throw new CliUsageError('--stateless, --workers and the HTTP limits apply to HTTP (--port), not --stdio');
    }
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64)) throw new CliUsageError(`--workers must be 1..64, got "${values.workers}"`);
    const log = (line: string) => io.stderr.write(`[${id}] ${line}\n`);
    const load = () => {
      const feedBrand = values.feed === undefined ? undefined : feedBrandFromFlags(id, { ...values, feed: values.feed }, log);
      return feedBrand?.definition ?? createDemoBrand(id);
    };
    if (values.stdio) {
      const server = await serveBrandOverStdio(load());
      log('serving over stdio');
      process.stdin.once('end', () => void server.close().then(() => process.exit(0)));
      return waitForShutdown(() => server.close(), log);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliUsageError(`--port must be 0..65535, got "${values.port}"`);
    const host = values.host ?? '127.0.0.1';
    if (workers !== undefined) {
      const server = await serveBrandOverHttpWorkers(load, { port, host, workers, log, limits });
      // Every worker runs this command again; only the primary announces the address.
      if (server.role === 'primary') io.stdout.write(`${id} serving MCP at ${server.url} (stateless, ${workers} worker${workers === 1 ? '' : 's'})\n`);
      return waitForShutdown(() => server.close(), server.role === 'primary' ? log : () => undefined);
    }
    const server = await serveBrandOverHttp(load(), { port, host, mode: values.stateless ? 'stateless' : 'stateful', limits });
    io.stdout.write(`${id} serving MCP at ${server.url}${values.stateless ? ' (stateless)' : ''}\n`);
    return waitForShutdown(() => server.close(), log);
  },
};
