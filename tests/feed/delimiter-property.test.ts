import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delimiterOf, splitDelimitedRows } from '../../brand-agent/feed/split-delimited-rows.ts';

/** A cell as an exporter writes it: quoted when it holds the delimiter, a quote or a line break (Excel's way), or any delimiter. */
function cellText(cell: string, delimiter: string, quoteDelimiters: boolean): string {
  const quote = cell.includes(delimiter) || /["\r\n]/.test(cell) || (quoteDelimiters && /[\t,;|]/.test(cell));
  return quote ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const word = fc.stringMatching(/^[A-Za-zéü][A-Za-zéü0-9 ?()]{0,11}$/);
/** A header cell: a word, or a quoted label holding any delimiter, quote or line break ("GTIN, UPC, EAN, or ISBN"). */
const headerCell = fc.oneof(word, fc.tuple(word, fc.constantFrom(', ', '; ', '\t', ' | ', '"', '\n'), word).map(([a, s, b]) => `${a}${s}${b}`));
/** A data cell: anything an export holds, other delimiters and decimal commas included. */
const dataCell = fc.stringMatching(/^[A-Za-z0-9 ,;|\t".\n-]{0,12}$/);

describe('delimiterOf', () => {
  it('finds the delimiter of any table an exporter writes (quoted labels, decimal commas, quotes and line breaks in cells), so the table reads back as written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\t', ',', ';', '|'),
        fc.integer({ min: 2, max: 8 }).chain((columns) =>
          fc.tuple(fc.array(headerCell, { minLength: columns, maxLength: columns }), fc.array(fc.array(dataCell, { minLength: columns, maxLength: columns }), { minLength: 0, maxLength: 12 })),
        ),
        (delimiter, [header, rows]) => {
          const table = [header, ...rows];
          // The header's labels are quoted when they hold any delimiter (as WooCommerce writes "GTIN, UPC, EAN, or ISBN");
          // data cells only when they must be: a semicolon file's decimal commas stay bare.
          const text = table.map((row, r) => row.map((cell) => cellText(cell, delimiter, r === 0)).join(delimiter)).join('\r\n');
          expect(delimiterOf(text)).toBe(delimiter);
          expect(splitDelimitedRows(text, delimiter, 1000).rows).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });
});
