import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFeedFile } from '../../brand-agent/feed/index.ts';
import { SHOP, feedError, servedEntry } from './feed-options.ts';

const dir = mkdtempSync(join(tmpdir(), 'feed-unreadable-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('a file that is no text export', () => {
  it('is refused saying what it is and what to serve instead: a workbook, an archive, a PDF', () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['products.xlsx', Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml', 'latin1'), /products\.xlsx is a ZIP archive — an Excel workbook \(\.xlsx\).*save the sheet as "CSV UTF-8"/],
      ['products.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]), /products\.xls is an Excel 97–2003 workbook/],
      ['feed.tsv.gz', gzipSync('id\ttitle\tprice\nA\tLamp\t10 EUR\n'), /feed\.tsv\.gz is a gzip-compressed file: decompress it/],
      ['catalog.pdf', Buffer.from('%PDF-1.7\n1 0 obj'), /catalog\.pdf is a PDF document/],
    ];
    for (const [name, bytes, message] of cases) {
      const error = feedError(() => readFeedFile(file(name, bytes), SHOP));
      expect(error.code).toBe('FEED_UNRECOGNISED');
      expect(error.message).toMatch(message);
    }
  });

  it('says an empty file is empty, and a header without rows has no product', () => {
    const empty = feedError(() => readFeedFile(file('empty.csv', ''), SHOP));
    expect([empty.code, empty.message]).toEqual(['FEED_EMPTY', `${join(dir, 'empty.csv')} is empty`]);
    const headerOnly = feedError(() => readFeedFile(file('header.csv', 'id;title;price\r\n'), SHOP));
    expect([headerOnly.code, headerOnly.message]).toEqual(['FEED_EMPTY', `${join(dir, 'header.csv')}: the file has no product in it (a header and no rows?)`]);
  });

  it('names the file in front of what is wrong with its content', () => {
    const error = feedError(() => readFeedFile(file('notes.csv', 'colour,mood\nblue,calm\n'), SHOP));
    expect(error.code).toBe('FEED_MALFORMED');
    expect(error.message.startsWith(`${join(dir, 'notes.csv')}: the header lacks the columns id, title, price`)).toBe(true);
  });

  it('reads UTF-16 saved without a BOM, told by its zero bytes', () => {
    const text = 'id,title,price,google_product_category\nA,Thé vert,9.90 EUR,2073\n';
    expect(servedEntry(readFeedFile(file('le.csv', Buffer.from(text, 'utf16le')), SHOP), 'A').product.title).toBe('Thé vert');
    expect(servedEntry(readFeedFile(file('be.csv', Buffer.from(text, 'utf16le').swap16()), SHOP), 'A').product.title).toBe('Thé vert');
  });
});
