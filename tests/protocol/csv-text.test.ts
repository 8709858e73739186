import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../protocol/index.ts';

/** A cell's text as a spreadsheet reads it: unquoted (RFC 4180). */
const unquoted = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);

describe('csvCell', () => {
  it('prefixes text a spreadsheet would run as a formula with a single quote, and quotes what needs quoting', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('a, b')).toBe('"a, b"');
  });

  it('writes numbers, and text that is a plain number, as they are', () => {
    expect([-0.25, -3, 0, 1e-7, -Infinity, Number.NaN].map(csvCell)).toEqual(['-0.25', '-3', '0', '1e-7', '-Infinity', 'NaN']);
    expect(['-0.25', '+3', '-1e-7', '.5'].map(csvCell)).toEqual(['-0.25', '+3', '-1e-7', '.5']);
    expect(csvCell(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[-1, '-x']])).toBe("a,b\n-1,'-x\n");
  });

  it('never leaves text that is not a plain number starting as a formula, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '1', '.', 'e', 'a', ' ') }), (text) => {
        const read = unquoted(csvCell(text));
        const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text);
        if (plainNumber || !/^[=+\-@\t\r]/.test(text)) expect(read).toBe(text);
        else expect(read).toBe(`'${text}`);
      }),
    );
  });
});
