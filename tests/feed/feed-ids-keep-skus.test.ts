import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { IdSchema } from '../../protocol/index.ts';
import { SHOP } from './feed-options.ts';

// Review 39a: red team 39 (e6e7cdc) gave every feed id that is not a protocol id a digest, so a re-imported feed's skus
// changed ("TT-GRÜN" was "TT-GR-N"; a variant "SKU-1" in "Dark Blue" was "SKU-1-Dark-Blue") and its products lost their
// quote history, keyed on (brand, sku); "-SKU-1" was served as "SKU-1"; "..." was served and was then refused.

const HEADER = 'id\ttitle\tprice\tgoogle_product_category\tcondition\tcolor';
const feedOf = (rows: readonly (string | readonly [string, string])[]) =>
  parseFeedText([HEADER, ...rows.map((row, i) => {
    const [id, color] = typeof row === 'string' ? [row, ''] : row;
    return `${id}\tProduct ${i}\t${10 + i}.00 EUR\t619\tnew\t${color}`;
  })].join('\n') + '\n', SHOP);

/** The sku 6f58dc6 served a feed id under, written out here as the reference the feed must keep. */
const skuBefore = (id: string) => id.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128);

/** Every order of a few items (small lists only). */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, k) => orders([...items.slice(0, k), ...items.slice(k + 1)]).map((rest) => [item, ...rest]));
}

describe('a feed whose ids share no slug keeps the skus it always had', () => {
  const ids = ['TT-GRÜN', 'SKU-1', '-SKU-2', 'SKU-3-', '...', 'a b/c', 'Straße 7', 'café', 'cafe\u0301 noir', `${'y'.repeat(140)} é`, 'x:1_2'];

  it('serves each id under its slug, byte for byte', () => {
    const feed = feedOf(ids);
    expect(feed.issues.filter((i) => i.field === 'id')).toEqual([]);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(ids.map(skuBefore));
  });

  it('serves a variant repeating an id under the id and its options, as before', () => {
    const feed = feedOf([['SKU-1', 'Navy'], ['SKU-1', 'Dark Blue'], ['TT-GRÜN', 'Grün'], ['TT-GRÜN', 'Rot']]);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['SKU-1', 'SKU-1-Dark-Blue', 'TT-GR-N', 'TT-GR-N-Rot']);
  });
});

describe('ids that share a slug stay apart in any row order', () => {
  it('gives each id the same sku whatever the order, each sku a protocol id, and an id written as its slug keeps it', () => {
    const ids = ['café', 'cafè', 'caf', 'sp ace', 'sp-ace'];
    let first: Map<string, string> | undefined;
    for (const order of orders(ids)) {
      const feed = feedOf(order);
      expect(feed.issues.filter((i) => i.field === 'id')).toEqual([]);
      const skus = new Map(feed.entries.map((e, k) => [order[k]!, e.product.sku]));
      expect(new Set(skus.values()).size).toBe(ids.length);
      for (const sku of skus.values()) expect(IdSchema.safeParse(sku).success).toBe(true);
      first ??= skus;
      expect(skus).toEqual(first);
    }
    expect(first!.get('caf')).toBe('caf');
    expect(first!.get('sp-ace')).toBe('sp-ace');
  });

  it('reads the two Unicode forms of one id as one id: one sku, the second row a repeat', () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    for (const order of [[composed, decomposed], [decomposed, composed]]) {
      const feed = feedOf(order);
      expect(feed.entries).toHaveLength(1);
      expect(feed.issues.map((i) => `${i.row} ${i.field}: ${i.why}`)).toEqual([`3 id: "${order[1]}" repeats the id of row 2`]);
    }
    expect(feedOf([composed]).entries[0]!.product.sku).toBe(feedOf([decomposed, composed]).entries[0]!.product.sku);
  });
});
