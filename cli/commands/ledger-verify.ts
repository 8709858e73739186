import { CHAIN_FAULTS, type ChainHead } from '../../storage/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { LEDGER_OPTIONS, noLedgerYet, openTrustLedger } from './trust.ts';

/** Exit code when the hash chain is broken (an event edited, removed, reordered, or the anchor differs). */
export const EXIT_TAMPERED = 3;
/** Exit code when the chain holds but the cached scores or links differ from a rebuild of the log. */
export const EXIT_CACHE_DRIFT = 4;

function parseAnchor(text: string | undefined): ChainHead | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text);
  if (!match) throw new CliUsageError(`--anchor must look like 152:<64 hex digits> (as printed by a previous verify), not "${text}"`);
  return { seq: Number(match[1]), hash: match[2]! };
}

/** `majordome ledger verify [--json] [--db <file>] [--anchor <seq:hash>] [--rebuild]`: checks the hash chain and the caches. */
export const ledgerVerifyCommand: CliCommand = {
  name: 'ledger verify',
  summary: "Check the trust ledger's hash chain and cached scores (exit 3 on tampering)",
  usage: [
    'majordome ledger verify [--json] [--db <file>] [--anchor <seq:hash>] [--rebuild]',
    '',
    'Recomputes every event hash and link and names the first bad event; then checks the cached scores equal a rebuild.',
    '--anchor seq:hash  a head printed by an earlier verify: also proves the history up to it was not rewritten.',
    '--rebuild          when the chain is intact, recompute the cached scores from the events first.',
    `Exit code: 0 intact, ${EXIT_TAMPERED} chain broken (tampering), ${EXIT_CACHE_DRIFT} caches differ from the log, 1 error, 2 usage.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...LEDGER_OPTIONS, anchor: { type: 'string' }, rebuild: { type: 'boolean' } });
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    const anchor = parseAnchor(values.anchor);
    const opened = openTrustLedger(values.db, io);
    if ('missing' in opened) {
      if (values.json) io.stdout.write(`${JSON.stringify({ ok: true, database: opened.missing, exists: false })}\n`);
      else io.stdout.write(noLedgerYet(opened.missing));
      return 0;
    }
    const { db, ledger, path } = opened;
    try {
      let verdict = ledger.verify(anchor === undefined ? {} : { anchor });
      let rebuilt = false;
      if (values.rebuild && verdict.chain.ok) {
        ledger.rebuild();
        rebuilt = true;
        verdict = ledger.verify(anchor === undefined ? {} : { anchor });
      }
      const code = !verdict.chain.ok ? EXIT_TAMPERED : verdict.cache?.ok === false ? EXIT_CACHE_DRIFT : 0;
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ ok: verdict.ok, database: path, rebuilt, chain: verdict.chain, cache: verdict.cache }, null, 2)}\n`);
        return code;
      }
      const chain = verdict.chain;
      if (!chain.ok) {
        const what = chain.event ? ` (${chain.event.kind} about ${chain.event.brandId}, ${new Date(chain.event.occurredAtMs).toISOString()})` : '';
        io.stdout.write(`TAMPERED: the ledger at ${path} was changed behind the butler's back.\n`);
        io.stdout.write(`First bad event: #${chain.firstBadSeq}${what} — ${CHAIN_FAULTS[chain.fault]}.\n`);
        io.stdout.write(`${chain.events} event(s) before it verify.\n`);
        return code;
      }
      io.stdout.write(`Hash chain intact: ${chain.events} event(s)${anchor ? `, matching anchor #${anchor.seq}` : ''}.\n`);
      if (verdict.cache && !verdict.cache.ok) {
        io.stdout.write(`Cached scores differ from the log: ${verdict.cache.message}.\nRepair with: majordome ledger verify --rebuild\n`);
        return code;
      }
      if (rebuilt) io.stdout.write('Cached scores rebuilt from the events.\n');
      io.stdout.write(`Cached scores match a rebuild (${verdict.cache?.ok ? verdict.cache.brands : 0} brand(s)).\n`);
      if (chain.events > 0) io.stdout.write(`Head: #${chain.head.seq} ${chain.head.hash}\nKeep it to prove later that this history was not rewritten: majordome ledger verify --anchor ${chain.head.seq}:${chain.head.hash}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
