// A feed shop's card lists the makers of its feed's brand column and the lines its titles show safely (protocol 1.2,
// makers33); the conformance kit passes it, as it passes cards listing none. Feed rows written for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFeedBrand } from '../../brand-agent/feed/index.ts';
import { conformanceOf, idsWith } from '../conformance/run-in-memory.ts';
import { SHOP } from './feed-options.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-feed-makers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = [
  ['PH:1', 'Apple iPhone 15 128 GB black', 'Apple', '799.00 EUR'],
  ['PH:2', 'Apple iPhone 15 256 GB blue', 'Apple', '899.00 EUR'],
  ['PH:3', 'Samsung Galaxy S24 128 GB', 'Samsung', '699.00 EUR'],
  ['PH:4', 'Samsung Galaxy A15 128 GB', 'Samsung', '199.00 EUR'],
  ['PH:5', 'Fairphone 5 256 GB', 'Fairphone', '599.00 EUR'],
];
const header = ['id', 'title', 'brand', 'price', 'availability', 'google_product_category', 'description', 'link'];

describe('a feed shop’s card', () => {
  it('lists the makers of the brand column with their lines, and passes conformance', async () => {
    const file = join(dir, 'phones.tsv');
    writeFileSync(file, [header, ...rows.map((r) => [...r, 'in_stock', '267', r[1], `https://phones.example/${r[0]}`])].map((r) => r.join('\t')).join('\n'));
    const brand = createFeedBrand({ id: 'phone-shop', path: file, ...SHOP });
    try {
      expect(brand.definition.card.makers).toEqual([{ name: 'Apple', lines: ['iPhone'] }, { name: 'Samsung', lines: ['Galaxy'] }, { name: 'Fairphone' }]);
      const report = await conformanceOf(brand.definition);
      expect(idsWith(report, 'fail')).toEqual([]);
    } finally {
      brand.close();
    }
  });

  it('lists none when the feed names no brand', () => {
    const file = join(dir, 'nameless.tsv');
    writeFileSync(file, [header.filter((h) => h !== 'brand'), ...rows.map((r) => [r[0], r[1], r[3], 'in_stock', '267', r[1], `https://phones.example/${r[0]}`])].map((r) => r.join('\t')).join('\n'));
    const brand = createFeedBrand({ id: 'nameless-shop', path: file, ...SHOP });
    try {
      expect(brand.definition.card.makers).toBeUndefined();
    } finally {
      brand.close();
    }
  });
});
