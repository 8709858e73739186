import { isFrenchLike } from '../../protocol/index.ts';
import { FeedError, type FeedIssue, type FeedRecord } from './feed-error.ts';
import { extractJsonLd, hasJsonLdScript } from './extract-json-ld.ts';
import { extractMicrodata } from './extract-microdata.ts';
import { shopCategoryMapper } from './shop-category-mapper.ts';
import { parseSchemaOrgProducts } from './parse-schema-org-products.ts';
import { parseShopifyCsv } from './parse-shopify-csv.ts';
import { parseShopifyProducts } from './parse-shopify-products.ts';
import { parseWooCommerceCsv } from './parse-woocommerce-csv.ts';
import { parsePrestaShopCsv } from './parse-prestashop-csv.ts';
import { parseMagentoCsv } from './parse-magento-csv.ts';
import { parseBigCommerceCsv } from './parse-bigcommerce-csv.ts';
import { parseShopwareCsv } from './parse-shopware-csv.ts';
import { parseWixCsv } from './parse-wix-csv.ts';
import { parseEtsyCsv } from './parse-etsy-csv.ts';
import { parseSquarespaceCsv } from './parse-squarespace-csv.ts';
import { parseEbayCsv } from './parse-ebay-csv.ts';
import { parseAmazonFlatFile } from './parse-amazon-flat-file.ts';
import { parseEcwidCsv } from './parse-ecwid-csv.ts';
import { parseJtlCsv } from './parse-jtl-csv.ts';
import { feedRecordOfShopProduct, type ShopExport } from './shop-product.ts';

/** How many titles tell a file's language. */
const TITLES_READ = 2000;

/** The exports shops have without a Merchant Center feed. */
export const SHOP_EXPORT_FORMATS = ['shopify', 'shopify-csv', 'woocommerce', 'prestashop', 'magento', 'bigcommerce', 'shopware', 'wix', 'etsy', 'squarespace', 'ebay', 'amazon', 'ecwid', 'jtl', 'schema-org'] as const;
/** One shop export format. */
export type ShopExportFormat = (typeof SHOP_EXPORT_FORMATS)[number];

/** What each export is called in messages to the shop. */
export const SHOP_EXPORT_NAMES: Readonly<Record<ShopExportFormat, string>> = {
  shopify: 'Shopify products.json',
  'shopify-csv': 'Shopify product CSV',
  woocommerce: 'WooCommerce product CSV',
  prestashop: 'PrestaShop product export',
  magento: 'Magento 2 catalog export',
  bigcommerce: 'BigCommerce product export',
  shopware: 'Shopware 6 product export',
  wix: 'Wix Stores product export',
  etsy: 'Etsy listings CSV',
  squarespace: 'Squarespace product export',
  ebay: 'eBay File Exchange listing file',
  amazon: 'Amazon inventory flat file',
  ecwid: 'Ecwid product export',
  jtl: 'JTL-Wawi article export',
  'schema-org': 'schema.org Product JSON-LD',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trimStart());
  } catch (error) {
    throw new FeedError('FEED_MALFORMED', `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Reads a shop's export (Shopify JSON or CSV, WooCommerce, PrestaShop, Magento 2, BigCommerce, Shopware 6, Wix, Etsy, Squarespace, eBay, Amazon, Ecwid, JTL-Wawi, schema.org) into feed rows in Merchant Center words, each with a Google
 * category mapped from the shop's own category words (`defaultCategory` is the shop's --category); `products` counts
 * the items the export offers for sale, served or not. Dated sale prices are checked against `now`; titles are read in
 * the language of `currency`'s market too (see `shopCategoryMapper`).
 */
export function readShopExport(text: string, format: ShopExportFormat, maxRows: number, defaultCategory?: string, now: number = Date.now(), currency?: string): { records: FeedRecord[]; issues: FeedIssue[]; products: number } {
  let exported: ShopExport;
  const issues: FeedIssue[] = [];
  if (format === 'shopify') exported = parseShopifyProducts(parseJson(text), maxRows);
  else if (format === 'shopify-csv') exported = parseShopifyCsv(text, maxRows);
  else if (format === 'woocommerce') exported = parseWooCommerceCsv(text, maxRows, now);
  else if (format === 'prestashop') exported = parsePrestaShopCsv(text, maxRows);
  else if (format === 'magento') exported = parseMagentoCsv(text, maxRows, now);
  else if (format === 'bigcommerce') exported = parseBigCommerceCsv(text, maxRows);
  else if (format === 'shopware') exported = parseShopwareCsv(text, maxRows);
  else if (format === 'wix') exported = parseWixCsv(text, maxRows);
  else if (format === 'etsy') exported = parseEtsyCsv(text, maxRows);
  else if (format === 'squarespace') exported = parseSquarespaceCsv(text, maxRows);
  else if (format === 'ebay') exported = parseEbayCsv(text, maxRows);
  else if (format === 'amazon') exported = parseAmazonFlatFile(text, maxRows, now);
  else if (format === 'ecwid') exported = parseEcwidCsv(text, maxRows);
  else if (format === 'jtl') exported = parseJtlCsv(text, maxRows, now);
  else {
    // A page's JSON-LD blocks, else (none, or none with a product) its microdata, read as the same nodes.
    const json = /^\s*[[{]/.test(text);
    const { documents, issues: blockIssues } = json || hasJsonLdScript(text) ? extractJsonLd(text) : { documents: [], issues: [] };
    exported = parseSchemaOrgProducts(documents, maxRows);
    if (!json && exported.products.length === 0) {
      const microdata = parseSchemaOrgProducts(extractMicrodata(text), maxRows);
      if (microdata.products.length > 0 || exported.issues.length === 0) exported = microdata;
    }
    issues.push(...blockIssues);
    if (exported.products.length === 0 && exported.issues.length === 0) {
      throw new FeedError('FEED_UNRECOGNISED', `the ${json ? 'JSON-LD' : "page's JSON-LD and microdata"} hold${json ? 's' : ''} no schema.org Product (a Product, an ItemList of Products or a ProductGroup)${blockIssues.length > 0 ? `; ${blockIssues.length} block(s) were not valid JSON` : ''}`);
    }
  }
  issues.push(...exported.issues);
  // One language for the file's titles, from all of them (as its decimal mark): "Train en bois", "Crayons de couleur"
  // say that "Peluche lapin 30 cm" names its product first.
  const titlesHeadFirst = isFrenchLike(exported.products.slice(0, TITLES_READ).map((p) => p.fields.title ?? '').join(' . '));
  const mapCategory = shopCategoryMapper(defaultCategory, { titlesHeadFirst, currency });
  const records: FeedRecord[] = [];
  // The variants of one product share its row and its category words: one note for them all.
  const said = new Set<string>();
  for (const product of exported.products) {
    const mapped = feedRecordOfShopProduct(product, mapCategory);
    for (const issue of mapped.issues) {
      const key = `${issue.row}\u0000${issue.field}\u0000${issue.why}`;
      if (!said.has(key)) issues.push(issue);
      said.add(key);
    }
    if (mapped.record) records.push(mapped.record);
  }
  return { records, issues, products: exported.products.length };
}
