/**
 * Excel's "sep=;" first line, which tools write so that Excel splits the file with that delimiter: Excel reads it as
 * an instruction, not a row (the header is then row 1), and so do these readers.
 */
const SEP_LINE = /^sep=([^\w\s"])[ \t]*(?:\r\n|\n|\r)/i;

/** The delimiter a "sep=" first line declares, and where the rows start after it (0 when there is none). */
function sepLine(text: string): { delimiter: string; end: number } | undefined {
  const match = SEP_LINE.exec(text);
  return match ? { delimiter: match[1]!, end: match[0].length } : undefined;
}

/** Splits delimited text into rows of cells (RFC 4180 quoting; CRLF or LF), stopping after `maxRows` data rows; a "sep=" first line is no row. */
export function splitDelimitedRows(text: string, delimiter: string, maxRows: number): { rows: string[][]; truncated: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = sepLine(text)?.end ?? 0; i < text.length; i++) {
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
 * The delimiters a product file may use, in the order a tie is settled: tab, comma, semicolon (Excel in many European
 * locales), and the pipe price-comparison feeds use (Trovaprezzi, many affiliate networks) because titles hold commas.
 */
const DELIMITERS = ['\t', ',', ';', '|'] as const;
/** How many records are compared to the header, and how much text is read to find them. */
const SAMPLE_ROWS = 20;
const SAMPLE_CHARS = 1 << 20;

/** How many times each delimiter occurs outside quotes in the first record (a quoted field may hold a delimiter or a line break). */
function headerDelimiterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (started) break;
      continue;
    } else if (counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    started = true;
  }
  return counts;
}

/**
 * The delimiter a delimited file uses: among those occurring outside quotes in its header, the one that splits the most
 * of the first records into as many cells as the header (the true delimiter splits every well-formed record so; a wrong
 * one splits text and decimal commas unevenly); a tie goes to the one occurring most in the header, then to tab, comma,
 * semicolon, pipe. Comma when the header has none of them. A "sep=" first line (Excel's) says which it is.
 */
export function delimiterOf(text: string): string {
  const declared = sepLine(text);
  if (declared) return declared.delimiter;
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = headerDelimiterCounts(sample);
  let best: { delimiter: string; consistent: number; inHeader: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const inHeader = counts.get(delimiter)!;
    if (inHeader === 0) continue;
    const { rows } = splitDelimitedRows(sample, delimiter, SAMPLE_ROWS);
    const columns = rows[0]?.length ?? 0;
    const consistent = rows.slice(1, SAMPLE_ROWS + 1).filter((r) => r.length === columns).length;
    if (!best || consistent > best.consistent || (consistent === best.consistent && inHeader > best.inHeader)) best = { delimiter, consistent, inHeader };
  }
  return best?.delimiter ?? ',';
}
