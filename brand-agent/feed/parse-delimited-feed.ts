import { FeedError, normaliseFieldName, type FeedIssue, type FeedRecord } from './feed-error.ts';

/** Columns without which no row can be served. */
export const REQUIRED_COLUMNS = ['id', 'title', 'price'] as const;

/** Splits delimited text into rows of cells (RFC 4180 quoting; CRLF or LF), stopping after `maxRows` data rows. */
function splitRows(text: string, delimiter: string, maxRows: number): { rows: string[][]; truncated: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      cell = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      if (rows.length > maxRows) return { rows, truncated: true };
    } else cell += ch;
  }
  row.push(cell);
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return { rows, truncated: false };
}

/**
 * Parses a Merchant Center feed exported as TSV or CSV (tab when the header has a tab, else comma, else semicolon):
 * the header names the fields; rows with the wrong number of cells are reported, not guessed at.
 * Throws FEED_MALFORMED when the header lacks a required column.
 */
export function parseDelimitedFeed(text: string, maxRows: number): { records: FeedRecord[]; issues: FeedIssue[] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : ',';
  const { rows, truncated } = splitRows(text, delimiter, maxRows);
  const header = (rows[0] ?? []).map(normaliseFieldName);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new FeedError('FEED_MALFORMED', `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has: ${header.slice(0, 12).join(', ') || 'nothing'})`);
  }
  const records: FeedRecord[] = [];
  const issues: FeedIssue[] = [];
  for (let r = 1; r < rows.length && r <= maxRows; r++) {
    const cells = rows[r]!;
    // Row numbers count the header as line 1, as a spreadsheet shows them.
    const rowNumber = r + 1;
    if (cells.length !== header.length) {
      issues.push({ row: rowNumber, field: '(row)', why: `${cells.length} cells for ${header.length} columns (an unquoted ${delimiter === '\t' ? 'tab' : `"${delimiter}"`} or a missing cell?)` });
      continue;
    }
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      const value = cells[i]!.trim();
      if (value !== '' && name !== '') fields[name] = value;
    });
    records.push({ row: rowNumber, fields });
  }
  if (truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are served (the row limit)` });
  return { records, issues };
}
