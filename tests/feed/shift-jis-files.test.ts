import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeFeedBytes } from '../../brand-agent/feed/decode-feed-bytes.ts';
import { readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP_TERMS, servedEntry } from './feed-options.ts';

// On main (8ed1cf4) a file Japanese Excel saved (Shift_JIS) was read as Windows-1252: "ランニングシューズ" became
// "ƒ‰ƒ“ƒjƒ“ƒOƒVƒ…[ƒY" and a BASE or Rakuten export's Japanese header named no column at all.
describe('files saved in Shift_JIS (Japanese Windows and Excel)', () => {
  it('reads their Japanese text as Shift_JIS, and says the file was not UTF-8', () => {
    const feed = readFeedFile(`${FIXTURES}/merchant-shift-jis.tsv`, { ...SHOP_TERMS, currency: 'JPY' });
    expect(servedEntry(feed, 'J1').product.title).toBe('ランニングシューズ 軽量');
    expect(servedEntry(feed, 'J2')).toMatchObject({ product: { title: 'マグカップ 陶器' }, price: { amountMinor: 1980 } });
    expect(feed.issues[0]).toMatchObject({ row: 0, field: '(file)', why: expect.stringContaining('read as Shift_JIS') });
  });

  it('keeps Western Windows-1252 text Windows-1252, though its accented letters are Shift_JIS lead bytes', () => {
    // "für", "Größe", "Käse", "Übergröße": ü, ö, ä are lead bytes and ß, Ü half-width katakana in Shift_JIS.
    const text = 'id;title;price\nA1;Wanderschuh für Damen, Größe 39;89,90 €\nA2;Käse-Reibe Übergröße;12,50 €\nA3;Crème brûlée‚ƒ set;9,00 €\n';
    const decoded = decodeFeedBytes(Buffer.from(new Uint8Array([...text].map((c) => (c === '€' ? 0x80 : c === '‚' ? 0x82 : c === 'ƒ' ? 0x83 : c.charCodeAt(0))))));
    expect(decoded.text).toBe(text);
    expect(decoded.issues[0]!.why).toContain('Windows-1252');
  });

  it('reads the fixture bytes as written (they are no valid UTF-8)', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(`${FIXTURES}/merchant-shift-jis.tsv`))).toThrow();
  });
});
