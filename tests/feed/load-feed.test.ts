import { describe, expect, it } from 'vitest';
import { parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP } from './feed-options.ts';

describe('reading a Merchant Center feed', () => {
  for (const file of ['velo-shop.tsv', 'velo-shop.json', 'velo-shop.xml']) {
    it(`serves every row of ${file} with the feed's own facts`, () => {
      const feed = readFeedFile(`${FIXTURES}/${file}`, SHOP);
      expect(feed.issues).toEqual([]);
      expect(feed.entries).toHaveLength(6);
      expect(feed.categories).toEqual(['1026', '1029']);
      const road = feed.entries.find((e) => e.product.sku === 'VS-ROAD-02')!;
      // The category came as a path; the sale price is the price, delivery included (the XML states 4.95 EUR to FR).
      expect(road.product.category).toBe('1026');
      expect(road.price).toEqual({ amountMinor: file.endsWith('.xml') ? 99900 + 495 : 99900, currency: 'EUR' });
      expect(road.product.maker).toBe('Cannondale');
      expect(road.product.gtin).toBe('0884652100024');
      expect(road.product.attributes).toMatchObject({ color: 'black', material: 'aluminium', condition: 'new', bike_type: 'road', frame_size_cm: 56, brand: 'Cannondale' });
      // One claim per stated attribute, nothing else, never with invented evidence.
      expect(road.claims!.map((c) => c.attribute).sort()).toEqual(Object.keys(road.product.attributes).filter((a) => a !== 'brand').sort());
      expect(road.claims!.every((c) => c.evidence === undefined)).toBe(true);
      expect(feed.entries.find((e) => e.product.sku === 'VS-HELM-02')!.stock).toBe(0);
    });
  }

  it('reads the handling and transit times as delivery days in TSV', () => {
    const feed = readFeedFile(`${FIXTURES}/velo-shop.tsv`, SHOP);
    expect(feed.entries[0]!.terms).toEqual({ deliveryDays: 3, returnDays: 30, warrantyMonths: 24 });
  });

  it('reads an Atom feed with CDATA titles and link href attributes', () => {
    const feed = readFeedFile(`${FIXTURES}/velo-shop.atom`, SHOP);
    expect(feed.format).toBe('xml');
    expect(feed.entries.map((e) => e.product.title)).toEqual(['Triban RC 520 road bike, 54 cm', 'Cannondale CAAD Optimo 1 road bike, 56 cm', 'Rockrider ST 530 mountain bike']);
  });

  it('reads CSV with quoted commas and doubled quotes', () => {
    const csv = 'id,title,price,google_product_category\nA1,"Lamp, brass ""Bauhaus""",49.90 EUR,4636\n';
    const feed = parseFeedText(csv, { ...SHOP, format: 'csv' });
    expect(feed.entries[0]!.product.title).toBe('Lamp, brass "Bauhaus"');
    expect(feed.entries[0]!.price.amountMinor).toBe(4990);
  });

  it('adds the shipping price for the shop\'s country to the offer price, and reports an unreadable one', () => {
    const text = 'id\ttitle\tprice\tgoogle_product_category\tshipping\nm1\tMattress\t499.00 EUR\t2696\tFR:::0 EUR,DE:::29.90 EUR\nm2\tPillow\t39.00 EUR\t2700\t::Standard:4.90 EUR\nm3\tDuvet\t89.00 EUR\t505287\tDE:::lots\n';
    const fr = parseFeedText(text, SHOP);
    expect(fr.entries.map((e) => e.price.amountMinor)).toEqual([49900, 4390, 8900]);
    const de = parseFeedText(text, { ...SHOP, shippingCountry: 'DE' });
    expect(de.entries.map((e) => e.price.amountMinor)).toEqual([52890, 4390]);
    expect(de.issues).toEqual([{ row: 4, field: 'shipping', why: '"lots" is not a price (write it like "15.00 EUR")' }]);
  });

  it('takes a default category and prices without a currency code', () => {
    const feed = parseFeedText('id\ttitle\tprice\nX1\tCordless vacuum\t199,00\n', { ...SHOP, defaultCategory: '619' });
    expect(feed.entries[0]!.product.category).toBe('619');
    expect(feed.entries[0]!.price.amountMinor).toBe(19900);
  });
});
