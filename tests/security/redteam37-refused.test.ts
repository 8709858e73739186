import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { parseScenario } from '../../sim/index.ts';
import { SHOP, issueLines } from '../feed/feed-options.ts';
import { tinyScenario } from '../sim/sim-fixtures.ts';

// Red team 37's attacks that main already refused, kept so they stay refused: hostile prices and repeated ids in a
// shop's feed, and absurd sizes in a researcher's scenario.

const HEADER = 'id\ttitle\tprice\tgoogle_product_category';
const feed = (...lines: string[]) => [HEADER, 'OK\tLamp\t10.00 EUR\t4636', ...lines].join('\n');

describe('hostile prices in a feed', () => {
  const tricks = ['0.01 EUR (+ 99 EUR fee)', '-5 EUR', 'NaN', 'Infinity', '1e308', '1e3 EUR', '0x10', `${'9'.repeat(400)} EUR`, '99999999999999999999.00 EUR', '１０ EUR', '١٠ EUR', '10 EUR 20 EUR', '0'];
  for (const price of tricks) {
    it(`"${price.slice(0, 40)}" is refused with a reason, never served at some other amount`, () => {
      const loaded = parseFeedText(feed(`X\tRug\t${price}\t4636`), SHOP);
      expect(loaded.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['OK', 1000]]);
      expect(issueLines(loaded)).toHaveLength(1);
      expect(issueLines(loaded)[0]).toMatch(/^row 3, price: /);
    });
  }

  it('an id repeated at a lower price serves the first row only, and says so', () => {
    const loaded = parseFeedText(feed('A\tRug\t80.00 EUR\t4636', 'A\tRug\t0.50 EUR\t4636'), SHOP);
    expect(loaded.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['OK', 1000], ['A', 8000]]);
    expect(issueLines(loaded)).toEqual(['row 4, id: "A" repeats the id of row 3']);
  });
});

describe('absurd sizes in a scenario', () => {
  it('a billion consumers, rounds or brands are refused by path', () => {
    const result = parseScenario({ ...tinyScenario(), rounds: 1e9, consumers: { count: 1e9 }, brands: { ...tinyScenario().brands, count: 1e9 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.split(':')[0])).toEqual(expect.arrayContaining(['rounds', 'consumers.count', 'brands.count']));
  });
});
