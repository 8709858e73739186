import { FeedError } from './feed-error.ts';

/** Files a shop may hand over instead of a text export, by the bytes they start with, and what to do instead. */
const BINARY_FILES: ReadonlyArray<{ readonly magic: readonly number[]; readonly what: string }> = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive — an Excel workbook (.xlsx), an OpenDocument sheet (.ods) or a zipped export: save the sheet as "CSV UTF-8" (File → Save As), or unzip the export, and serve that' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel 97–2003 workbook (.xls): save it as "CSV UTF-8" (File → Save As) and serve that' },
  { magic: [0x1f, 0x8b], what: 'a gzip-compressed file: decompress it (gunzip) and serve the file inside' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document, which holds no product data a program can read: export the catalog as CSV instead' },
];

/** Throws FEED_UNRECOGNISED, saying what the file is and what to serve instead, when its bytes are a workbook, an archive or a PDF. */
export function refuseBinaryFile(bytes: Uint8Array, path: string): void {
  for (const { magic, what } of BINARY_FILES) {
    if (magic.every((b, i) => bytes[i] === b)) throw new FeedError('FEED_UNRECOGNISED', `${path} is ${what}`);
  }
}
