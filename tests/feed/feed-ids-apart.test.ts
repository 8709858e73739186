import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { IdSchema } from '../../protocol/index.ts';
import { SHOP } from './feed-options.ts';

// Red team 39: a feed's ids that are not protocol ids were cut to their ASCII letters and digits, so ids that differ only
// in what was cut became one sku and every row after the first was dropped as "repeats the id of row N" ("café" and
// "cafè"; "sp ace" beside "sp-ace"; two long ids sharing their first 128 characters), and an id with no ASCII letter
// ("日本", a Japanese shop's own ids) was refused as having "no letter or digit".

const HEADER = 'id\ttitle\tprice\tgoogle_product_category\tcondition';
const feedOf = (ids: readonly string[]) => parseFeedText([HEADER, ...ids.map((id, i) => `${id}\tProduct ${i}\t${10 + i}.00 EUR\t619\tnew`)].join('\n') + '\n', SHOP);

describe('feed ids that differ stay apart as skus', () => {
  const apart = ['café', 'cafè', 'caf', 'sp ace', 'sp-ace', 'sp/ace', '日本', '中国', `${'x'.repeat(200)}A`, `${'x'.repeat(200)}B`];

  it('(fixed) serves every row of ids that differ only in letters outside ASCII, spacing or past 128 characters', () => {
    const feed = feedOf(apart);
    expect(feed.issues.filter((i) => i.field === 'id')).toEqual([]);
    expect(feed.entries.map((e) => e.product.title)).toEqual(apart.map((_, i) => `Product ${i}`));
    const skus = feed.entries.map((e) => e.product.sku);
    expect(new Set(skus).size).toBe(apart.length);
    for (const sku of skus) expect(IdSchema.safeParse(sku).success).toBe(true);
  });

  it('gives a row the same sku at every load, and a valid protocol id its own id', () => {
    const first = feedOf(apart).entries.map((e) => e.product.sku);
    expect(feedOf([...apart].reverse()).entries.map((e) => e.product.sku)).toEqual([...first].reverse());
    expect(feedOf(['SKU-1', 'a.b:c_d']).entries.map((e) => e.product.sku)).toEqual(['SKU-1', 'a.b:c_d']);
  });

  it('still refuses an id with no letter or digit, and still reports an id repeated as it is', () => {
    const feed = feedOf(['-', 'café', 'café']);
    expect(feed.issues.map((i) => `${i.row} ${i.field}: ${i.why}`)).toEqual(['2 id: "-" has no letter or digit', '4 id: "café" repeats the id of row 3']);
  });
});
