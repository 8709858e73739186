import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** The anchor file's name, in MAJORDOME_HOME (beside, never inside, the database file). */
export const LEDGER_ANCHOR_FILE = 'ledger-anchors.jsonl';

const HeadSchema = z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });

/** The heads of both chains (trust events and order records) at one moment, for the person to keep. */
export const LedgerAnchorSchema = z.object({
  trust: HeadSchema,
  orders: HeadSchema,
  at: z.string(),
  database: z.string(),
});
export type LedgerAnchor = z.infer<typeof LedgerAnchorSchema>;

/** True when the file exists and its last line has no newline (an interrupted append, or an edit that dropped it). */
function endsMidLine(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}

/**
 * Appends an anchor as one JSON line (creating the file and its directory), on a line of its own even when the file's
 * last line was cut short, so a damaged line never takes the new anchor with it.
 */
export function recordLedgerAnchor(file: string, anchor: LedgerAnchor): void {
  mkdirSync(dirname(file), { recursive: true });
  const line = `${JSON.stringify(LedgerAnchorSchema.parse(anchor))}\n`;
  appendFileSync(file, endsMidLine(file) ? `\n${line}` : line, { mode: 0o600 });
}

/** The anchors recorded in a file, oldest first, for one database; lines that do not parse are counted, never trusted. */
export function readLedgerAnchors(file: string, database: string): { anchors: LedgerAnchor[]; unreadable: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { anchors: [], unreadable: 0 };
    throw error;
  }
  const anchors: LedgerAnchor[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      unreadable++;
      continue;
    }
    const parsed = LedgerAnchorSchema.safeParse(json);
    if (!parsed.success) unreadable++;
    else if (parsed.data.database === database) anchors.push(parsed.data);
  }
  return { anchors, unreadable };
}
