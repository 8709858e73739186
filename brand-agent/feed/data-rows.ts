import type { FeedIssue } from './feed-error.ts';

/** One data row of a delimited file: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export interface DataRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * The data rows of a split delimited file (`rows[0]` is its header, the file's row `headerRow`: 1 unless rows above it
 * were set aside), up to `maxRows`. A row whose cell count differs from the header's is reported in `issues`, in the
 * words every delimited reader uses, and skipped.
 */
export function* dataRows(rows: readonly (readonly string[])[], delimiter: string, maxRows: number, issues: FeedIssue[], headerRow = 1): Generator<DataRow> {
  const columns = rows[0]?.length ?? 0;
  for (let r = 1; r < rows.length && r <= maxRows; r++) {
    const cells = rows[r]!;
    const row = r + headerRow;
    if (cells.length !== columns) {
      issues.push({ row, field: '(row)', why: `${cells.length} cells for ${columns} columns (an unquoted ${delimiter === '\t' ? 'tab' : `"${delimiter}"`} or a missing cell?)` });
      continue;
    }
    yield { row, cells };
  }
}

/** The trimmed cell at `index`, undefined when there is no such column or the cell is empty. */
export function cellAt(cells: readonly string[], index: number | undefined): string | undefined {
  const value = index === undefined ? undefined : cells[index]!.trim();
  return value === '' ? undefined : value;
}
