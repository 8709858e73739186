import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeedFile } from '../../brand-agent/feed/index.ts';
import { decodeFeedBytes } from '../../brand-agent/feed/decode-feed-bytes.ts';
import { FIXTURES, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

// Polish, Czech and Slovak Excel save CSV in Windows-1250, and XML feeds may declare their encoding. Read as Windows-1252
// such a file shows symbols between letters ("Tytu³ oferty"): the bytes are read as what they show, with a warning for
// the guessed case; Western files keep their Windows-1252 reading.

describe('Central European encodings', () => {
  it('reads a Polish Allegro-style export saved in Windows-1250: its column words, a finished offer and an auction not served', () => {
    const feed = readFeedFile(`${FIXTURES}/sklep-oferty-pl-cp1250.csv`, { ...SHOP_TERMS, currency: 'PLN' });
    expect(feed.entries.map((e) => [e.product.sku, e.product.title, e.price.amountMinor, e.stock])).toEqual([['501', 'Patelnia żeliwna 28 cm z pokrywką', 14900, 5]]);
    expect(servedEntry(feed, '501').product).toMatchObject({ category: '662', gtin: '5901234123457' });
    expect(issueLines(feed)).toEqual(expect.arrayContaining([
      'row 3, status_oferty: "Zakończona": not for sale; not served',
      'row 4, format_sprzedaży: "Licytacja": an auction, with no fixed price; not served',
    ]));
    expect(issueLines(feed).some((l) => l.includes('read as Windows-1250'))).toBe(true);
  });

  it('reads an XML feed in the encoding it declares', () => {
    const feed = readFeedFile(`${FIXTURES}/zbozi-feed-cz-cp1250.xml`, { ...SHOP_TERMS, currency: 'CZK' });
    expect(servedEntry(feed, 'Z-1').product.title).toBe('Dřevěný vláček s kolejemi');
  });

  it('keeps Western Windows-1252 text as it is: "m³", "¿Qué?", accents', () => {
    const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ '³': 0xb3, '¿': 0xbf, 'é': 0xe9, 'è': 0xe8, 'ñ': 0xf1, '€': 0x80 })[c] ?? c.charCodeAt(0)));
    const text = 'id;title;price\nA;Caisse 2 m³ crème brûlée è;12 €\nB;¿Qué? Niño año;3 €\n';
    expect(decodeFeedBytes(cp1252(text)).text).toBe(text);
  });

  it('never throws on any bytes, and reads valid UTF-8 as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(typeof decodeFeedBytes(bytes).text).toBe('string');
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      expect(decodeFeedBytes(new TextEncoder().encode(text)).text).toBe(text);
    }), { numRuns: 200 });
  });
});
