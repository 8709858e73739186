import type { FeedIssue } from './feed-error.ts';
import { cellAt, dataRows } from './data-rows.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';

/**
 * A column header as compared with a platform's names for it: NFC, lower case, one space, typographic apostrophes as
 * plain ones, and without the marks shops and spreadsheets add ("Nom *", "Price (tax incl.)" → "price tax incl").
 */
export function columnKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[()*.:?]/g, ' ')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** One data row of a shop's CSV: its spreadsheet row number and its cells by column, looked up by any of a column's names. */
export interface CsvTableRow {
  readonly row: number;
  /** The trimmed cell of the first of `names` the header has; undefined when none is there or the cell is empty. */
  readonly get: (names: readonly string[]) => string | undefined;
}

/** A shop's CSV export read as a table: its header as written, its data rows, and the header naming a column, if any. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvTableRow[];
  readonly truncated: boolean;
  /** The file's own header for a column known by `names` (for problem reports), undefined when it has none. */
  readonly headerOf: (names: readonly string[]) => string | undefined;
}

/** How to read a table whose header is not its first row, or whose delimiter its first row does not show. */
export interface CsvTableOptions {
  /** The delimiter, when the file's first rows do not show it (default: `delimiterOf`). */
  readonly delimiter?: string;
  /** Rows above the header (an Amazon template's own rows); `headerAt` says which of the first few rows is the header. */
  readonly headerAt?: (rows: readonly (readonly string[])[]) => number;
}

/** Rows a template may put above its header. */
const MAX_HEADER_ROW = 10;

/**
 * Reads a delimited export (delimiter found by `delimiterOf`, a "sep=" line honoured) whose columns are known by
 * several names — a platform's, in each language it writes them in. Rows with the wrong cell count are reported in
 * `issues` and skipped, as `dataRows` does; rows are numbered as in the file, any rows above the header counted.
 */
export function readCsvTable(text: string, maxRows: number, issues: FeedIssue[], options: CsvTableOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? delimiterOf(text);
  const split = splitDelimitedRows(text, delimiter, maxRows + MAX_HEADER_ROW);
  const skip = options.headerAt === undefined ? 0 : Math.max(0, Math.min(MAX_HEADER_ROW, options.headerAt(split.rows.slice(0, MAX_HEADER_ROW))));
  const rows = split.rows.slice(skip, skip + maxRows + 1);
  const truncated = split.truncated || split.rows.length > skip + maxRows + 1;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(columnKey(h))) index.set(columnKey(h), i);
  });
  const at = (names: readonly string[]): number | undefined => {
    for (const name of names) {
      const i = index.get(columnKey(name));
      if (i !== undefined) return i;
    }
    return undefined;
  };
  const table: CsvTableRow[] = [];
  for (const { row, cells } of dataRows(rows, delimiter, maxRows, issues, skip + 1)) table.push({ row, get: (names) => cellAt(cells, at(names)) });
  return { header, rows: table, truncated, headerOf: (names) => { const i = at(names); return i === undefined ? undefined : header[i]; } };
}

/** True when a header row has a column under one of the names of each of `columns`. */
export function hasColumns(header: readonly string[], columns: readonly (readonly string[])[]): boolean {
  const keys = new Set(header.map(columnKey));
  return columns.every((names) => names.some((n) => keys.has(columnKey(n))));
}
