import { shortenId } from '../../protocol/index.ts';
import { StorageError, defaultDatabasePath, openDatabase, type MajordomeDatabase } from '../../storage/index.ts';
import { RECOMMENDATION_FLOOR, RECOMMENDATION_SHORT_WORDS, TrustLedger, isRecommendable, recommendationStatus, type TrustScore } from '../../agent/trust/index.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { quoteBrandText } from '../quote-brand-text.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** Options every ledger command accepts. */
export const LEDGER_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The ledger of the database at `--db` (default: the user's data directory), or undefined when there is none yet. */
export function openTrustLedger(dbPath: string | undefined, io: CliIo): { db: MajordomeDatabase; ledger: TrustLedger; path: string } | { missing: string } {
  const path = dbPath ?? defaultDatabasePath(io.env);
  try {
    const db = openDatabase({ path, mustExist: true });
    return { db, ledger: new TrustLedger(db), path: db.path };
  } catch (error) {
    if (error instanceof StorageError && error.code === 'DATABASE_NOT_FOUND') return { missing: path };
    throw error;
  }
}

/** The reading time from `--at` (ISO 8601), else now. */
export function parseReadTime(at: string | undefined): number {
  if (at === undefined) return Date.now();
  const ms = Date.parse(at);
  if (!/^\d{4}-\d{2}-\d{2}/.test(at) || Number.isNaN(ms)) throw new CliUsageError(`--at must be an ISO 8601 time like 2026-11-23T10:00:00Z, not "${at}"`);
  return ms;
}

/** The message for a database that does not exist yet. */
export function noLedgerYet(path: string): string {
  return `No trust ledger yet at ${path}.\nThe butler records how each brand behaves as it deals with them: try \`majordome chat\` or \`majordome ask\` first (or pass --db <file>).\n`;
}

const fixed = (x: number) => x.toFixed(2);

function trustTable(scores: readonly TrustScore[], names: Map<string, string>): string {
  const header = ['brand', 'trust', '±unc', 'honesty', 'fit', 'pressure', 'est.honesty', 'events', 'status'];
  const rows = scores.map((s) => [
    names.get(s.brandId) === undefined || names.get(s.brandId) === s.brandId ? terminalSafeText(shortenId(s.brandId, 100)) : `${terminalSafeText(shortenId(s.brandId, 40))} (${quoteBrandText(names.get(s.brandId)!, 60)})`,
    fixed(s.trust),
    fixed(s.uncertainty),
    fixed(s.honesty.score),
    fixed(s.fit.score),
    fixed(s.pressure.score),
    fixed(s.estimatedHonesty),
    String(s.events),
    RECOMMENDATION_SHORT_WORDS[recommendationStatus(s)] + (s.linkedIdentities.length ? `, linked: ${terminalSafeText(s.linkedIdentities.join(' '))}` : ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** `majordome trust [--json] [--db <file>] [--at <time>]`: every brand's trust, best first. */
export const trustCommand: CliCommand = {
  name: 'trust',
  summary: "Show every brand's trust: combined score, uncertainty, honesty, fit and pressure",
  usage: [
    'majordome trust [--json] [--db <file>] [--at <ISO time>]',
    '',
    'Brands best first. trust = honesty^0.5 · pressure^0.3 · fit^0.2 (punitive: lies weigh several times a verified claim);',
    `±unc is how little is known (1 = nothing); a brand whose own failed checks put its calibrated honesty below ${RECOMMENDATION_FLOOR} is never recommended.`,
    'est.honesty is the calibrated probability that a claim of the brand holds (reported, not used for ranking).',
    'The database defaults to $MAJORDOME_HOME/majordome.db, else your data directory.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...LEDGER_OPTIONS, at: { type: 'string' } });
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    const atMs = parseReadTime(values.at);
    const opened = openTrustLedger(values.db, io);
    if ('missing' in opened) {
      if (values.json) io.stdout.write(`${terminalSafeJson({ database: opened.missing, exists: false, brands: [] })}\n`);
      else io.stdout.write(noLedgerYet(opened.missing));
      return 0;
    }
    const { db, ledger, path } = opened;
    try {
      const scores = ledger.scores(atMs);
      const names = new Map(ledger.brands().map((b) => [b.brandId, b.displayName ?? b.brandId]));
      const events = ledger.eventCount();
      if (values.json) {
        const brands = scores.map((s) => ({ displayName: names.get(s.brandId) ?? s.brandId, recommendable: isRecommendable(s), status: recommendationStatus(s), ...s }));
        io.stdout.write(`${terminalSafeJson({ database: path, exists: true, at: new Date(atMs).toISOString(), recommendationFloor: RECOMMENDATION_FLOOR, events, brands }, 2)}\n`);
        return 0;
      }
      if (scores.length === 0) {
        io.stdout.write(`The trust ledger at ${path} knows no brand yet: the butler adds brands as it deals with them.\n`);
        return 0;
      }
      io.stdout.write(`Trust ledger ${path}: ${scores.length} brand(s), ${events} event(s), read at ${new Date(atMs).toISOString()}\n\n`);
      io.stdout.write(`${trustTable(scores, names)}\n\n`);
      io.stdout.write(`Calibrated honesty below ${RECOMMENDATION_FLOOR}, with failed checks, is never recommended. See why with: majordome ledger <brand>\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
