import { FeedError, normaliseFieldName, type FeedIssue, type FeedRecord } from './feed-error.ts';

function flatten(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(flatten).filter((v): v is string => v !== undefined && v !== '');
    return parts.length > 0 ? parts[0] : undefined;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    // Merchant API style money: { value | amount, currency }.
    const amount = obj.value ?? obj.amount;
    if ((typeof amount === 'string' || typeof amount === 'number') && typeof (obj.currency ?? obj.currencyCode) === 'string') {
      return `${amount} ${String(obj.currency ?? obj.currencyCode)}`;
    }
    // Merchant style shipping: { country, region, service, price }.
    if ('country' in obj || 'price' in obj) return ['country', 'region', 'service', 'price'].map((k) => flatten(obj[k]) ?? '').join(':');
  }
  return undefined;
}

/**
 * Parses a JSON product feed: an array of products, or an object holding one under `items`, `products`, `entries` or
 * `offers`; field names as in Merchant Center (snake or camel case, "g:" prefix allowed).
 */
export function parseJsonFeed(text: string, maxRows: number): { records: FeedRecord[]; issues: FeedIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedError('FEED_MALFORMED', `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const container = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const list = Array.isArray(data) ? data : [container?.items, container?.products, container?.entries, container?.offers].find(Array.isArray);
  if (!Array.isArray(list)) throw new FeedError('FEED_MALFORMED', 'expected an array of products, or an object with an "items" or "products" array (a Merchant Center JSON feed); nor is it a Shopify products.json (products with "variants") or schema.org JSON-LD (with "@context" or "@type")');
  const records: FeedRecord[] = [];
  const issues: FeedIssue[] = [];
  list.slice(0, maxRows).forEach((raw, index) => {
    const row = index + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.push({ row, field: '(row)', why: 'not an object' });
      return;
    }
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const name = normaliseFieldName(key.replace(/([a-z])([A-Z])/g, '$1_$2'));
      const text = flatten(value);
      if (text !== undefined && text !== '') fields[name] = text;
    }
    records.push({ row, fields });
  });
  if (list.length > maxRows) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} products are served (the row limit)` });
  return { records, issues };
}
