import { FeedError } from './feed-error.ts';
import { hasJsonLdScript } from './extract-json-ld.ts';
import { hasMicrodataProduct } from './extract-microdata.ts';
import { isShopifyCsvHeader } from './parse-shopify-csv.ts';
import { isShopifyProducts } from './parse-shopify-products.ts';
import { isWooCommerceHeader } from './parse-woocommerce-csv.ts';
import { isPrestaShopHeader } from './parse-prestashop-csv.ts';
import { isMagentoHeader } from './parse-magento-csv.ts';
import { isBigCommerceHeader } from './parse-bigcommerce-csv.ts';
import { isShopwareHeader } from './parse-shopware-csv.ts';
import { isWixHeader } from './parse-wix-csv.ts';
import { isEtsyHeader } from './parse-etsy-csv.ts';
import { isSquarespaceHeader } from './parse-squarespace-csv.ts';
import { isEbayHeader } from './parse-ebay-csv.ts';
import { isAmazonFlatFileHeader } from './parse-amazon-flat-file.ts';
import { isEcwidHeader } from './parse-ecwid-csv.ts';
import { isJtlHeader } from './parse-jtl-csv.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';

/** The formats a shop's product file may come in: Merchant Center's four, and the exports shops have without one. */
export const FEED_FORMATS = ['tsv', 'csv', 'xml', 'json', 'shopify', 'shopify-csv', 'woocommerce', 'prestashop', 'magento', 'bigcommerce', 'shopware', 'wix', 'etsy', 'squarespace', 'ebay', 'amazon', 'ecwid', 'jtl', 'schema-org'] as const;
/** One feed format. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** How an HTML page (or a copied fragment of one) starts, after any comments; an XML feed starts with <?xml, <rss or <feed. */
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body|meta|script|link|title)[\s>]/i;
/** How the XML feeds Merchant Center takes start: an RSS 2.0 or Atom 1.0 document, after any declaration and comments. */
const XML_FEED_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed)[\s>]/i;

/** True when a JSON value reads as JSON-LD: a node (or list of nodes, or @graph) with a schema.org @context or @type. */
function isJsonLd(data: unknown): boolean {
  const first = Array.isArray(data) ? data[0] : data;
  return typeof first === 'object' && first !== null && !Array.isArray(first) && ('@context' in first || '@type' in first || '@graph' in first);
}

/**
 * Which format a file's text is in, from its content alone (never its name): JSON is Shopify's products.json when its
 * products have variants, schema.org when it is JSON-LD, else a Merchant Center JSON feed; an HTML page is read for its
 * JSON-LD blocks; other markup is an RSS/Atom feed; delimited text (tab, comma or semicolon, see `delimiterOf`) is a
 * Shopify product CSV when its header has Handle and Variant Price, a WooCommerce export when it names a product and its
 * regular price (in English, French or German), a Magento 2 catalog export (sku, product_type, name, price), a
 * BigCommerce export (Item Type, Product Name, Price), a Shopware 6 export (product_number, a price_gross or price_net),
 * a Wix Stores export (handleId, fieldType, price), an Etsy listings CSV (TITLE, PRICE, CURRENCY_CODE, QUANTITY, TAGS), a
 * Squarespace export (Product ID and Variant ID [Non Editable], Title, Price), an eBay File Exchange file (*Action(…),
 * *Title, *StartPrice), an Amazon flat file (a TemplateType= first row, or item_sku, item_name, standard_price), an Ecwid export (type,
 * product_sku, product_name, product_price), a JTL-Wawi article export (Artikelnummer, Artikelname, Brutto-VK), a PrestaShop export (a name, a reference and a price, in English or
 * French), else a Merchant Center TSV or CSV. Throws FEED_MALFORMED for invalid JSON and
 * FEED_UNRECOGNISED for a page with no product data.
 */
export function detectFeedFormat(text: string): FeedFormat {
  const body = text.trimStart();
  const first = body[0];
  if (first === '{' || first === '[') {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      throw new FeedError('FEED_MALFORMED', `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return isShopifyProducts(data) ? 'shopify' : isJsonLd(data) ? 'schema-org' : 'json';
  }
  if (first === '<') {
    // An RSS/Atom feed may quote HTML (even a JSON-LD script) inside its items: only a page is read for JSON-LD.
    // A copied fragment may start with any element (<div class="product">): what is no RSS/Atom feed is read for
    // JSON-LD when it has some.
    // A page marking its products up with schema.org microdata (itemscope/itemprop) is read as the same JSON-LD.
    const start = body.slice(0, 4096);
    const schemaOrg = !XML_FEED_START.test(start) || HTML_START.test(start) ? hasJsonLdScript(body) || hasMicrodataProduct(body) : false;
    if (!HTML_START.test(start) && (XML_FEED_START.test(start) || !schemaOrg)) return 'xml';
    if (schemaOrg) return 'schema-org';
    throw new FeedError('FEED_UNRECOGNISED', 'an HTML page without a <script type="application/ld+json"> block or schema.org Product microdata: no product data to read (save the page source of a product or category page that embeds schema.org Product JSON-LD or microdata, or export a feed)');
  }
  const delimiter = delimiterOf(body);
  const header = splitDelimitedRows(body, delimiter, 0).rows[0] ?? [];
  if (isShopifyCsvHeader(header)) return 'shopify-csv';
  if (isWooCommerceHeader(header)) return 'woocommerce';
  if (isMagentoHeader(header)) return 'magento';
  if (isBigCommerceHeader(header)) return 'bigcommerce';
  if (isShopwareHeader(header)) return 'shopware';
  if (isWixHeader(header)) return 'wix';
  if (isEtsyHeader(header)) return 'etsy';
  if (isSquarespaceHeader(header)) return 'squarespace';
  if (isEbayHeader(header)) return 'ebay';
  if (isAmazonFlatFileHeader(header)) return 'amazon';
  if (isEcwidHeader(header)) return 'ecwid';
  if (isJtlHeader(header)) return 'jtl';
  if (isPrestaShopHeader(header)) return 'prestashop';
  return delimiter === '\t' ? 'tsv' : 'csv';
}
