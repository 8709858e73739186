import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

describe('a feed as Excel saves it', () => {
  it('reads a "sep=;" first line as Excel does (an instruction, not the header), and the Windows-1252 euro signs of a French Excel CSV', () => {
    const feed = readFeedFile(`${FIXTURES}/excel-sep-line-fr.csv`, SHOP_TERMS);
    expect(feed.format).toBe('csv');
    expect(feed.currency).toBe('EUR');
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([
      ['AT-TR-43', 14990], // "149,90 €"
      ['AT-TR-44', 14990],
      ['AT-VE-M', 6900], // sale_price "69,00 €"
      ['AT-MO-01', 129900], // "1.299,00 €"
      ['AT-MO-02', 149900], // "1 499,00 €" with a no-break space (byte A0)
      ['AT-GO-05', 1990], // "19,9": Excel drops the trailing zero
      ['AT-BA-01', 129900], // "1.299" in a file whose prices write decimals with a comma
    ]);
    // The header is row 1, as Excel shows it (the sep= line is not a row).
    expect(issueLines(feed)).toContain('row 7, price: missing');
    expect(servedEntry(feed, 'AT-VE-M').product.title).toBe('Veste coupe-vent légère');
  });

  it('maps the bytes 0x80–0x9F of a Windows-1252 file to what they are there (€, curly quotes, œ), not to control characters', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'feed-cp1252-')), 'feed.csv');
    const cp1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, 'œ': 0x9c };
    writeFileSync(path, Buffer.from([...'id;title;price;google_product_category\nB1;“Bœuf” knife;24,90 €;4636\n'].map((c) => cp1252[c] ?? c.charCodeAt(0))));
    const feed = readFeedFile(path, SHOP_TERMS);
    expect(servedEntry(feed, 'B1')).toMatchObject({ product: { title: '“Bœuf” knife' }, price: { amountMinor: 2490, currency: 'EUR' } });
  });

  it('reads Excel\'s "Unicode Text" (UTF-16LE with a BOM, tab-separated, quoted line breaks), and serves without a GTIN the row whose GTIN Excel turned into "4,00E+12", saying so', () => {
    const feed = readFeedFile(`${FIXTURES}/excel-unicode-text.txt`, SHOP_TERMS);
    expect(feed.format).toBe('tsv');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['KR-TR-42', 'KR-TR-43', 'KR-TR-44', 'KR-JK-L', 'KR-HL-01']);
    expect(servedEntry(feed, 'KR-TR-42').product.gtin).toBeUndefined();
    expect(servedEntry(feed, 'KR-TR-43')).toMatchObject({ price: { amountMinor: 13900 }, product: { gtin: '4006381333931', category: '187', attributes: { size: '43' } } });
    expect(issueLines(feed)).toEqual(['row 2, gtin: "4,00E+12" is a GTIN a spreadsheet saved in scientific notation, its digits lost; served without a GTIN (format the column as text before saving)', 'row 7, price: missing']);
  });
});
