import { createFeedBrand, formatFeedReport, type FeedBrand } from '../../brand-agent/feed/index.ts';
import { IdSchema, loadGoogleTaxonomy } from '../../protocol/index.ts';
import { CliUsageError } from '../command.ts';
import { describeError } from '../describe-error.ts';

/** The `brand serve --feed` flags, as parseArgs returns them. */
export interface FeedFlags {
  readonly feed: string;
  readonly name?: string | undefined;
  readonly currency?: string | undefined;
  readonly 'max-discount'?: string | undefined;
  readonly 'return-days'?: string | undefined;
  readonly 'warranty-months'?: string | undefined;
  readonly 'delivery-days'?: string | undefined;
  readonly stock?: string | undefined;
  readonly category?: string | undefined;
  readonly 'ship-country'?: string | undefined;
}

/** parseArgs option declarations for the feed flags. */
export const FEED_FLAG_OPTIONS = {
  feed: { type: 'string' },
  name: { type: 'string' },
  currency: { type: 'string' },
  'max-discount': { type: 'string' },
  'return-days': { type: 'string' },
  'warranty-months': { type: 'string' },
  'delivery-days': { type: 'string' },
  stock: { type: 'string' },
  category: { type: 'string' },
  'ship-country': { type: 'string' },
} as const;

function wholeNumber(flag: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new CliUsageError(`--${flag} must be a whole number from 0 to ${max}, got "${raw}"`);
  return n;
}

/**
 * Builds the feed brand the flags describe and reports the feed (rows served, problems by row and field) on `log`;
 * reloads are reported there too. Usage mistakes become CliUsageError; an unusable feed throws its FeedError.
 */
export function feedBrandFromFlags(id: string, flags: FeedFlags, log: (line: string) => void): FeedBrand {
  if (!IdSchema.safeParse(id).success) throw new CliUsageError(`"${id}" is not a valid brand id (letters, digits and . _ : - only)`);
  const maxDiscount = flags['max-discount'] === undefined ? 0 : Number(flags['max-discount'].replace('%', '')) / (flags['max-discount'].endsWith('%') ? 100 : 1);
  if (!(maxDiscount >= 0 && maxDiscount <= 0.7)) throw new CliUsageError(`--max-discount must be a share from 0 to 0.7 (or 0% to 70%), got "${flags['max-discount']}"`);
  // Without --currency the file's own currency is used (the one its prices state by code or sign, else EUR for a
  // Merchant feed); shop exports whose prices state none (Shopify, WooCommerce, Magento…) ask for the flag.
  const currency = flags.currency?.toUpperCase();
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) throw new CliUsageError(`--currency must be an ISO 4217 code like EUR, got "${flags.currency}"`);
  const shipCountry = (flags['ship-country'] ?? 'FR').toUpperCase();
  if (!/^[A-Z]{2}$/.test(shipCountry)) throw new CliUsageError(`--ship-country must be an ISO country code like FR, got "${flags['ship-country']}"`);
  if (flags.category !== undefined && !loadGoogleTaxonomy().has(flags.category)) throw new CliUsageError(`--category ${flags.category} is not a Google product taxonomy id`);
  const brand = createFeedBrand({
    id,
    path: flags.feed,
    ...(flags.name ? { name: flags.name } : {}),
    ...(currency !== undefined ? { currency } : {}),
    maxDiscount,
    returnDays: wholeNumber('return-days', flags['return-days'], 30, 3650),
    warrantyMonths: wholeNumber('warranty-months', flags['warranty-months'], 24, 600),
    deliveryDays: wholeNumber('delivery-days', flags['delivery-days'], 3, 365),
    defaultStock: wholeNumber('stock', flags.stock, 10, 1_000_000),
    ...(flags.category ? { defaultCategory: flags.category } : {}),
    shippingCountry: shipCountry,
    // The shipping price is priced for one country; a shop that names it ships there (the default list otherwise).
    ...(flags['ship-country'] !== undefined ? { shipsTo: [shipCountry] } : {}),
    watch: true,
    onReload: (result) => {
      if (result.ok) for (const line of formatFeedReport(result.feed, 20)) log(`reloaded: ${line}`);
      // The error quotes the file's cells: one terminal-safe line, like every other error the command prints.
      else log(`reload failed, still serving the previous feed: ${describeError(result.error)}`);
    },
  });
  for (const line of formatFeedReport(brand.current())) log(line);
  return brand;
}
