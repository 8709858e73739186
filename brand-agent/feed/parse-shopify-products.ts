import { isValidGtin } from '../reference/index.ts';
import { FeedError, type FeedIssue } from './feed-error.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';
import { weightInKg } from './kg-per-unit.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A variant's weight in kg: `grams` (both shapes), else `weight` in `weight_unit` (Admin); undefined when not stated. */
function weightKg(variant: Json): number | undefined {
  const grams = variant.grams;
  if (typeof grams === 'number' && Number.isFinite(grams) && grams > 0) return Math.round(grams) / 1000;
  const weight = variant.weight;
  return typeof weight === 'number' && typeof variant.weight_unit === 'string' ? weightInKg(weight, variant.weight_unit) : undefined;
}

/** True when a JSON value has the shape of Shopify's products.json: `products[]` (or one `product`) with `variants[]`. */
export function isShopifyProducts(data: unknown): boolean {
  if (!isObject(data)) return false;
  const list = Array.isArray(data.products) ? data.products : isObject(data.product) ? [data.product] : [];
  return list.some((p) => isObject(p) && Array.isArray(p.variants));
}

/**
 * Reads a Shopify products.json — the storefront's public `/products.json` or the Admin REST API's `products` (or
 * one `product`) — as one product per variant: the variant's sku, price (major units, in the shop's currency: the file
 * states none), stock (`available`, or `inventory_quantity` when Shopify tracks it), barcode as GTIN when it is one,
 * option values as attributes (Size → size), the shipping weight in kg; the product's title, vendor (brand) and product type (its
 * category words). Draft and archived products (Admin `status`), and those not published on the online store (`published_at` null), are reported and not served. Problems are reported by product number and field ("variant 2 price").
 */
export function parseShopifyProducts(data: unknown, maxRows: number): ShopExport {
  if (!isShopifyProducts(data)) throw new FeedError('FEED_MALFORMED', 'expected Shopify products.json: a "products" array whose products have "variants"');
  const root = data as Json;
  const list: unknown[] = Array.isArray(root.products) ? root.products : [root.product];
  const products: ShopProduct[] = [];
  const issues: FeedIssue[] = [];
  for (let i = 0; i < list.length; i++) {
    const row = i + 1;
    const product = list[i];
    if (!isObject(product)) {
      issues.push({ row, field: '(product)', why: 'not an object' });
      continue;
    }
    // The Admin API lists drafts and archived products too; only an active one is for sale.
    if (typeof product.status === 'string' && product.status !== 'active') {
      issues.push({ row, field: 'status', why: `"${product.status.slice(0, 20)}": not active in the shop; not served` });
      continue;
    }
    // The Admin API states a product kept off the online store as published_at null (the CSV's Published FALSE).
    if ('published_at' in product && product.published_at === null) {
      issues.push({ row, field: 'published_at', why: 'null: not published on the online store; not served' });
      continue;
    }
    const variants = Array.isArray(product.variants) ? product.variants : [];
    if (variants.length === 0) {
      issues.push({ row, field: 'variants', why: 'missing; in Shopify each variant is what is sold' });
      continue;
    }
    const title = text(product.title);
    const options = Array.isArray(product.options) ? product.options.map((o) => (isObject(o) ? text(o.name) : text(o))) : [];
    const handle = text(product.handle) ?? text(product.id);
    const productType = text(product.product_type);
    for (let j = 0; j < variants.length; j++) {
      if (products.length >= maxRows) {
        issues.push({ row, field: '(file)', why: `only the first ${maxRows} variants are served (the row limit)` });
        return { products, issues };
      }
      const variant = variants[j];
      const at = `variant ${j + 1}`;
      if (!isObject(variant)) {
        issues.push({ row, field: at, why: 'not an object' });
        continue;
      }
      const fields: Record<string, string> = {};
      const attributes: Record<string, string> = {};
      const fieldNames: Record<string, string> = { id: `${at} sku`, title: 'title', brand: 'vendor', category: 'product_type', price: `${at} price`, availability: `${at} available`, quantity: `${at} inventory_quantity` };
      const sku = text(variant.sku);
      const id = sku ?? (handle !== undefined ? `${handle}-${text(variant.id) ?? j + 1}` : undefined);
      if (id !== undefined) fields.id = id;
      const variantTitle = text(variant.title);
      if (title !== undefined) fields.title = variantTitle && variantTitle !== 'Default Title' && variants.length > 1 ? `${title} (${variantTitle})` : title;
      const price = isObject(variant.price) ? [text(variant.price.amount), text(variant.price.currency_code)].filter(Boolean).join(' ') : text(variant.price);
      if (price) fields.price = price;
      if (typeof variant.available === 'boolean') fields.availability = variant.available ? 'in_stock' : 'out_of_stock';
      else if (typeof variant.inventory_quantity === 'number' && variant.inventory_management !== null && variant.inventory_management !== undefined) {
        const quantity = Math.max(0, Math.trunc(variant.inventory_quantity));
        fields.quantity = String(quantity);
        fields.availability = quantity > 0 ? 'in_stock' : variant.inventory_policy === 'continue' ? 'backorder' : 'out_of_stock';
      }
      const vendor = text(product.vendor);
      if (vendor) fields.brand = vendor;
      const barcode = text(variant.barcode);
      if (barcode !== undefined) {
        const digits = barcode.replace(/[\s-]/g, '');
        if (isValidGtin(digits)) fields.gtin = digits;
        else issues.push({ row, field: `${at} barcode`, why: `"${barcode.slice(0, 40)}" is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit); served without one` });
      }
      for (let k = 0; k < 3; k++) {
        const value = text(variant[`option${k + 1}`]);
        const name = options[k];
        if (value === undefined || name === undefined || (name === 'Title' && value === 'Default Title')) continue;
        attributes[name] = value;
        fieldNames[`attribute:${name}`] = `${at} option${k + 1} (${name})`;
      }
      const kg = weightKg(variant);
      if (kg !== undefined) {
        // Shopify's weight is what shipping rates are computed from (packaging included): stated as that, not as the product's.
        attributes.shipping_weight_kg = String(kg);
        fieldNames['attribute:shipping_weight_kg'] = `${at} grams`;
      }
      products.push({ row, fields, attributes, categories: productType ? [productType] : [], fieldNames });
    }
  }
  return { products, issues };
}
