import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP, SHOP_TERMS, feedError, issueLines, servedEntry } from './feed-options.ts';

// An offer feed whose header names its columns in no words the readers know ("Título do anúncio", "Preço de venda (€)",
// "Código de barras"), below a title row: each column is recognised by its header's words and its values, or the file is
// refused naming the columns that could not be placed.

const SHOES = { ...SHOP_TERMS, defaultCategory: '187' };

describe('an offer feed in column names no reader knows', () => {
  it('is read by what its columns say and hold: id, title, the selling price (not the reference one), GTIN, stock, size, colour and status', () => {
    const feed = readFeedFile(`${FIXTURES}/offer-feed-unknown-columns.csv`, SHOES);
    // The price column's header states the currency ("(€)"): no --currency needed.
    expect(feed.currency).toBe('EUR');
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.product.gtin ?? null, e.stock])).toEqual([
      ['RB-TEN-41', 8990, '5601234000016', 4],
      ['RB-TEN-42', 8990, '5601234000023', 0],
      ['RB-BOT-38', 129900, '5601234000030', 2],
      ['RB-SAN-39', 4900, null, 7],
    ]);
    expect(servedEntry(feed, 'RB-TEN-41').product.title).toBe('Ténis de corrida leves');
    expect(servedEntry(feed, 'RB-TEN-41').product.attributes).toMatchObject({ size: '41', color: 'Azul' });
    // The paused offer is not for sale, and says so in the shop's own column name and row number (the header is row 3).
    expect(issueLines(feed)).toContain('row 8, Estado do anúncio: "Pausado": not for sale; not served');
  });

  it('reads no currency from a bracket in the price header that names a tax, not a currency ("(KDV Dahil)")', () => {
    const text = "Stok Kodu;Ürün Adı;Trendyol'da Satılacak Fiyat (KDV Dahil)\nA-1;Kapüşonlu Sweatshirt;649,99\n";
    expect(feedError(() => parseFeedText(text, SHOES)).code).toBe('FEED_CURRENCY_MISSING');
    expect(parseFeedText(text, { ...SHOES, currency: 'TRY' }).entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['A-1', 64999]]);
  });

  it('reads a header word of a script written without spaces apart from the Latin one after it ("商品ID" is 商品 and ID)', () => {
    const text = '商品ID,商品名,価格,在庫数\n84120013,靴ひも 丸紐 120cm,330,50\n84120014,防水スプレー 420ml,1980,0\n';
    const feed = parseFeedText(text, { ...SHOES, currency: 'JPY' });
    expect(feed.entries.map((e) => [e.product.sku, e.product.title, e.price.amountMinor, e.stock])).toEqual([['84120013', '靴ひも 丸紐 120cm', 330, 50], ['84120014', '防水スプレー 420ml', 1980, 0]]);
  });

  it('takes the first of two columns that look alike, and says which one it left', () => {
    const text = 'id\ttitle\tprice_pc\tprice_mobile\tnormal_price\nA\tTrail shoe\t59000\t57000\t79000\nB\tRoad shoe\t64000\t62000\t79000\n';
    const feed = parseFeedText(text, { ...SHOES, currency: 'KRW' });
    expect(feed.entries.map((e) => e.price.amountMinor)).toEqual([59000, 64000]);
    expect(issueLines(feed)).toContain('row 1, price_pc: read as the price: "price_mobile" looks like one too and is not read as it');
  });

  it('is refused, naming the columns it could not place, rather than read with a guessed price', () => {
    // "Désignation" is recognised as the title; "Prix de vente" names a price, but its values are none: not taken.
    const text = 'Référence;Désignation;Prix de vente\nA-1;Lampe de bureau;sur demande\nA-2;Lampe de chevet;sur demande\n';
    const error = feedError(() => parseFeedText(text, SHOP));
    expect(error.code).toBe('FEED_MALFORMED');
    expect(error.message).toMatch(/lacks the column price .*none of its other columns \("Prix de vente"\) can be placed as it/);
  });

  it('is served or refused with a FeedError, never crashes, whatever the cells under such a header', () => {
    const header = ['Referência do vendedor', 'Título do anúncio', 'Preço de venda (€)', 'Preço de referência', 'Código de barras', 'Quantidade', 'Estado'];
    const cell = fc.oneof(fc.constantFrom('', '0', '-1', '89,90', '1.299,00', '€ 49,-', '749.–', "1'049.50", '5601234000016', 'Ativo', 'Pausado', 'Ténis', 'x'.repeat(300), 'https://x.y'), fc.string({ maxLength: 10 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }), fc.nat(3), (rows, above) => {
        const lines = [...Array.from({ length: above }, () => 'Exportação;;;;;;'), header.join(';'), ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(';'))];
        try {
          const feed = parseFeedText(lines.join('\n'), { ...SHOES, currency: 'EUR' });
          for (const entry of feed.entries) expect(Number.isSafeInteger(entry.price.amountMinor) && entry.price.amountMinor > 0).toBe(true);
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
