import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP } from './feed-options.ts';

/** Each platform's header, as its export writes it. */
const HEADERS: Record<string, { header: string[]; delimiter: string }> = {
  prestashop: { header: ['ID', 'Image', 'Nom', 'Référence', 'Catégorie', 'Prix HT', 'Prix TTC', 'Quantité', 'État'], delimiter: ';' },
  magento: { header: ['sku', 'store_view_code', 'product_type', 'categories', 'name', 'product_online', 'visibility', 'price', 'special_price', 'special_price_from_date', 'additional_attributes', 'qty', 'is_in_stock', 'configurable_variations'], delimiter: ',' },
  bigcommerce: { header: ['Item Type', 'Product ID', 'Product Name', 'Product Code/SKU', 'Price', 'Sale Price', 'Track Inventory', 'Current Stock Level', 'Category', 'Product Visible?'], delimiter: ',' },
  shopware: { header: ['id', 'parent_id', 'product_number', 'active', 'stock', 'name', 'price_net', 'price_gross', 'categories', 'optionIds'], delimiter: ';' },
  etsy: { header: ['TITLE', 'DESCRIPTION', 'PRICE', 'CURRENCY_CODE', 'QUANTITY', 'TAGS', 'MATERIALS', 'VARIATION 1 NAME', 'VARIATION 1 VALUES', 'SKU'], delimiter: ',' },
  squarespace: { header: ['Product ID [Non Editable]', 'Variant ID [Non Editable]', 'Product Type [Non Editable]', 'Title', 'SKU', 'Option Name 1', 'Option Value 1', 'Price', 'Sale Price', 'On Sale', 'Stock', 'Categories', 'Visible'], delimiter: ',' },
  ebay: { header: ['*Action(SiteID=FR|Country=FR|Currency=EUR|Version=1193)', 'CustomLabel', '*Title', 'Relationship', 'RelationshipDetails', '*ConditionID', 'C:Type', 'C:EU Shoe Size', 'Product:EAN', '*Format', '*StartPrice', 'BuyItNowPrice', '*Quantity'], delimiter: ',' },
  amazon: { header: ['feed_product_type', 'item_sku', 'item_name', 'item_type', 'external_product_id', 'external_product_id_type', 'standard_price', 'quantity', 'parent_child', 'parent_sku', 'size_name', 'sale_price', 'sale_from_date', 'sale_end_date', 'update_delete'], delimiter: '\t' },
  ecwid: { header: ['type', 'product_sku', 'product_name', 'product_price', 'product_compare_to_price', 'product_is_inventory_tracked', 'product_quantity', 'product_is_available', 'product_category_1', 'product_upc', 'product_variation_sku', 'product_variation_option_Size'], delimiter: ',' },
  jtl: { header: ['Artikelnummer', 'Vaterartikel', 'Artikelname', 'Hersteller', 'EAN', 'Brutto-VK', 'Sonderpreis', 'Sonderpreis gültig ab', 'Sonderpreis gültig bis', 'Lagerbestand', 'Variationsname', 'Variationswert', 'Kategorie Ebene 1', 'Aktiv'], delimiter: ';' },
  // Offer feeds in Merchant shape under other names (see MERCHANT_FIELD_ALIASES): a pipe-delimited comparison feed, an idealo CSV.
  comparison: { header: ['Nome', 'Marca', 'Prezzo originale', 'Prezzo vendita', 'Codice interno', 'Disponibilita', 'Categoria', 'EAN', '<endrecord>'], delimiter: '|' },
  idealo: { header: ['sku', 'title', 'categoryPath', 'eans', 'price', 'formerPrices', 'deliveryTime', 'size', 'colour'], delimiter: ',' },
  wix: { header: ['handleId', 'fieldType', 'name', 'sku', 'price', 'surcharge', 'visible', 'discountMode', 'discountValue', 'inventory', 'collection', 'productOptionName1', 'productOptionDescription1'], delimiter: ',' },
};

/** Cells an export may hold, and what a broken one holds: prices in every notation, platform syntax, quotes, breaks. */
const cell = fc.oneof(
  fc.constantFrom('', '0', '1', '2', '-3', '1.299', '1,299', '1.299,00 €', '$89.00', '59.99 USD', '149,90', '12.000000', '[ADD]2.00', 'Product', 'SKU', 'Rule', 'configurable', 'simple', 'bundle', 'Not Visible Individually', 'Y', 'N', 'none', 'by option', '[RB]Size=43', 'sku=A,size=43|sku=B,size=44', 'color=Blue,size=43', 'Default Category/Shoes/Trail', 'Shop All/Shoes;Sale', 'Product', 'Variant', 'PERCENT', 'AMOUNT', 'InStock', 'OutOfStock', 'true', 'false', 'Yes', 'No', 'Unlimited', 'Variation', 'Size=43|Colour=Blue', 'Add', 'End', 'Auction', 'FixedPrice', 'Does not apply', 'EUR', 'USD', 'EAN', 'ASIN', 'parent', 'child', 'Delete', '2026-11-27', '27/11/2026', 'shoes', 'GIFT_CARD', '250', '42 EU', 'product', 'product_option', 'product_variation', '12,00', '4,00638E+12', '01.12.2026', 'N', '-5', '1e3', 'A', 'B', 'x'.repeat(500)),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', ';', ',', '"', '\n', '=', '|', '/', '[', ']', ' ', '€', '.', '1'), maxLength: 16 }),
);

const quote = (c: string) => (/[",;\n\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);

describe('any content under a platform export header', () => {
  for (const [platform, { header, delimiter }] of Object.entries(HEADERS)) {
    it(`is served or refused with a FeedError, never crashes, and offers only positive whole minor-unit prices (${platform})`, () => {
      fc.assert(
        fc.property(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }), fc.boolean(), (rows, quoted) => {
          const text = [header, ...rows].map((r) => r.map((c) => (quoted ? quote(c) : c)).join(delimiter)).join('\n');
          try {
            const feed = parseFeedText(text, { ...SHOP, defaultCategory: '187' });
            for (const entry of feed.entries) {
              expect(Number.isSafeInteger(entry.price.amountMinor) && entry.price.amountMinor > 0).toBe(true);
              expect(entry.price.currency).toBe('EUR');
            }
          } catch (error) {
            if (!(error instanceof FeedError)) throw error;
          }
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  }
});
