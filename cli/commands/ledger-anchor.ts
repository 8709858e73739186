import { anchorLedger } from '../../app/index.ts';
import { verifyOrderChain, verifyTrustChain } from '../../storage/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { anchorFileFor } from './anchor-file.ts';
import { EXIT_TAMPERED } from './ledger-verify.ts';
import { LEDGER_OPTIONS, noLedgerYet, openTrustLedger } from './trust.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** `majordome ledger anchor [--json] [--db <file>]`: prints both chain heads and records them in the anchor file. */
export const ledgerAnchorCommand: CliCommand = {
  name: 'ledger anchor',
  summary: 'Print the ledger head (trust events and orders) and record it in the anchor file',
  usage: [
    'majordome ledger anchor [--json] [--db <file>]',
    '',
    'Checks both hash chains (trust events, order records), then prints their heads (seq + hash) with the time and',
    'appends them to ledger-anchors.jsonl in MAJORDOME_HOME. Keep the printed line somewhere else too (a note, an',
    'email to yourself): `majordome ledger verify` compares the database with the last recorded anchor, and a rewrite',
    'of the history before it cannot match.',
    `Exit code: 0 anchored, ${EXIT_TAMPERED} a chain is broken (nothing anchored), 1 error, 2 usage.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, LEDGER_OPTIONS);
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    const opened = openTrustLedger(values.db, io);
    if ('missing' in opened) {
      io.stdout.write(noLedgerYet(opened.missing));
      return 1;
    }
    const { db, path } = opened;
    try {
      const trust = verifyTrustChain(db);
      const orders = verifyOrderChain(db);
      if (!trust.ok || !orders.ok) {
        io.stdout.write(`Not anchored: ${!trust.ok ? trust.message : !orders.ok ? orders.message : ''}. Run majordome ledger verify.\n`);
        return EXIT_TAMPERED;
      }
      const file = anchorFileFor(path, io.env);
      const anchor = anchorLedger(db, file, new Date());
      if (values.json) {
        io.stdout.write(`${terminalSafeJson({ anchor, file })}\n`);
        return 0;
      }
      io.stdout.write(`Anchored ${path} at ${anchor.at}:\n`);
      io.stdout.write(`  trust events  #${anchor.trust.seq} ${anchor.trust.hash}\n`);
      io.stdout.write(`  order records #${anchor.orders.seq} ${anchor.orders.hash}\n`);
      io.stdout.write(`Recorded in ${file}. Keep a copy elsewhere; check later with: majordome ledger verify --anchor ${anchor.trust.seq}:${anchor.trust.hash}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
