import { CHAIN_FAULTS, ORDER_CHAIN_FAULTS, checkLedgerAnchor, readLedgerAnchors, verifyOrderChain, type AnchorCheck, type ChainHead } from '../../storage/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { anchorFileFor } from './anchor-file.ts';
import { LEDGER_OPTIONS, noLedgerYet, openTrustLedger } from './trust.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** Exit code when the hash chain is broken (an event edited, removed, reordered, or the anchor differs). */
export const EXIT_TAMPERED = 3;
/** Exit code when the chain holds but the cached scores or links differ from a rebuild of the log. */
export const EXIT_CACHE_DRIFT = 4;
/** Exit code when both chains hold but events were appended after the last recorded anchor without the butler anchoring them. */
export const EXIT_UNANCHORED = 5;

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
    'Recomputes every event hash and link of both chains (trust events, order records) and names the first bad event;',
    'checks the orders table against its chain and the cached scores against a rebuild; then compares the database with',
    'the last anchor recorded in ledger-anchors.jsonl (MAJORDOME_HOME; the butler records one when it closes, and',
    '`majordome ledger anchor` on demand): a rewritten history, even rebuilt, differs from it, and events appended after',
    'it that the butler did not anchor are reported.',
    '--anchor seq:hash  a head printed by an earlier verify: also proves the history up to it was not rewritten.',
    '--rebuild          when the chain is intact, recompute the cached scores from the events first.',
    `Exit code: 0 intact, ${EXIT_TAMPERED} chain broken or differs from the anchor (tampering), ${EXIT_CACHE_DRIFT} caches differ from the log,`,
    `${EXIT_UNANCHORED} events after the last anchor that the butler did not anchor, 1 error, 2 usage.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...LEDGER_OPTIONS, anchor: { type: 'string' }, rebuild: { type: 'boolean' } });
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    const anchor = parseAnchor(values.anchor);
    const opened = openTrustLedger(values.db, io);
    if ('missing' in opened) {
      if (values.json) io.stdout.write(`${terminalSafeJson({ ok: true, database: opened.missing, exists: false })}\n`);
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
      const orders = verifyOrderChain(db);
      const anchorFile = anchorFileFor(path, io.env);
      const recordedAnchors = readLedgerAnchors(anchorFile, db.path);
      const recorded = recordedAnchors.anchors.at(-1);
      const anchored: AnchorCheck | undefined = recorded && verdict.chain.ok && orders.ok ? checkLedgerAnchor(db, recorded) : undefined;
      const code =
        !verdict.chain.ok || !orders.ok || anchored?.kind === 'mismatch' ? EXIT_TAMPERED : verdict.cache?.ok === false ? EXIT_CACHE_DRIFT : anchored?.kind === 'after-anchor' ? EXIT_UNANCHORED : 0;
      if (values.json) {
        const ordersJson = orders.ok ? { ok: true, events: orders.events, orders: orders.orders, head: orders.head } : orders;
        io.stdout.write(`${terminalSafeJson({ ok: verdict.ok && orders.ok && code === 0, database: path, rebuilt, chain: verdict.chain, orders: ordersJson, anchor: anchored, anchorFile: { path: anchorFile, anchors: recordedAnchors.anchors.length, unreadableLines: recordedAnchors.unreadable }, cache: verdict.cache }, 2)}\n`);
        return code;
      }
      if (recordedAnchors.unreadable > 0) {
        io.stdout.write(
          `Note: ${recordedAnchors.unreadable} line(s) of ${anchorFile} are not anchors (cut short or edited) and were ignored; ` +
            `${recorded ? `the check below uses the last readable anchor (${recorded.at})` : 'no readable anchor is left to check against'}. The copy you kept elsewhere tells the true head.\n`,
        );
      }
      const chain = verdict.chain;
      if (!chain.ok) {
        const what = chain.event ? ` (${chain.event.kind} about ${chain.event.brandId}, ${new Date(chain.event.occurredAtMs).toISOString()})` : '';
        io.stdout.write(`TAMPERED: the ledger at ${path} was changed behind the butler's back.\n`);
        io.stdout.write(`First bad event: #${chain.firstBadSeq}${what} — ${CHAIN_FAULTS[chain.fault]}.\n`);
        io.stdout.write(`${chain.events} event(s) before it verify.\n`);
        return code;
      }
      if (!orders.ok) {
        io.stdout.write(`TAMPERED: the order records at ${path} were changed behind the butler's back.\n`);
        io.stdout.write(`${orders.message} (${ORDER_CHAIN_FAULTS[orders.fault]}).\n`);
        return code;
      }
      if (anchored?.kind === 'mismatch') {
        io.stdout.write(`TAMPERED: the history differs from the anchor recorded at ${anchored.anchor.at}: ${anchored.message}.\n`);
        io.stdout.write('The database was rewritten (and perhaps rebuilt) since; the anchor file and the copy you kept tell the true head.\n');
        return code;
      }
      io.stdout.write(`Hash chain intact: ${chain.events} event(s)${anchor ? `, matching anchor #${anchor.seq}` : ''}; order records intact: ${orders.orders} order(s), ${orders.events} chained state(s).\n`);
      if (anchored?.kind === 'matches') io.stdout.write(`Matches the last anchor (${anchored.anchor.at}).\n`);
      if (verdict.cache && !verdict.cache.ok) {
        io.stdout.write(`Cached scores differ from the log: ${verdict.cache.message}.\nRepair with: majordome ledger verify --rebuild\n`);
        return code;
      }
      if (rebuilt) io.stdout.write('Cached scores rebuilt from the events.\n');
      io.stdout.write(`Cached scores match a rebuild (${verdict.cache?.ok ? verdict.cache.brands : 0} brand(s)).\n`);
      if (chain.events > 0) io.stdout.write(`Head: #${chain.head.seq} ${chain.head.hash}\nKeep it to prove later that this history was not rewritten: majordome ledger verify --anchor ${chain.head.seq}:${chain.head.hash}\n`);
      if (anchored?.kind === 'after-anchor') {
        io.stdout.write(
          `UNANCHORED: ${anchored.trustEvents} trust event(s) and ${anchored.orderEvents} order state(s) were appended after the last anchor (${anchored.anchor.at}) ` +
            'and the butler did not anchor them. If you did not use the butler since (it anchors when it closes), they were forged. ' +
            'If they are yours, record a new anchor: majordome ledger anchor\n',
        );
      }
      return code;
    } finally {
      db.close();
    }
  },
};
