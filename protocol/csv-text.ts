/**
 * What a spreadsheet starts a formula (or a DDE call) with when it opens a CSV file: "=", "+", "-", "@", and a tab or
 * carriage return, which some skip before reading one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number written as text ("-0.25", "+3", "1e-7"): a spreadsheet reads it as that number, never a formula. */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV cell: text a spreadsheet would run as a formula is prefixed with a single quote (the OWASP neutralisation,
 * read as text); numbers, and text that is a plain number, are written as they are. Then quoted when it holds a comma,
 * a quote or a line break.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && typeof value !== 'bigint' && FORMULA_START.test(text) && !NUMBER_TEXT.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line of cells, without its line ending. */
export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

/** A CSV document from a header and rows (LF line endings, trailing newline). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return [csvLine(header), ...rows.map(csvLine)].join('\n') + '\n';
}
