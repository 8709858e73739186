import { shortenId } from '../../protocol/index.ts';
import { RECOMMENDATION_WORDS, TrustLedgerError, describeTrustEvent, isRecommendable, recommendationStatus, type RecordedTrustEvent, type TrustScore } from '../../agent/trust/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { quoteBrandText } from '../quote-brand-text.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { LEDGER_OPTIONS, noLedgerYet, openTrustLedger, parseReadTime } from './trust.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

const fixed = (x: number) => x.toFixed(2);

function scoreLine(s: TrustScore): string {
  const status = RECOMMENDATION_WORDS[recommendationStatus(s)];
  return (
    `trust ${fixed(s.trust)} ±${fixed(s.uncertainty)} — honesty ${fixed(s.honesty.score)} (est. ${fixed(s.estimatedHonesty)}), ` +
    `fit ${fixed(s.fit.score)}, pressure ${fixed(s.pressure.score)} — ${status}`
  );
}

function eventLine(e: RecordedTrustEvent): string {
  const when = e.occurredAt.replace('T', ' ').replace(/:\d{2}\.\d{3}Z$/, 'Z');
  // Event descriptions quote brand text: made terminal-safe so a quote cannot clear the screen or forge a line.
  return `#${String(e.seq).padEnd(6)} ${when}  ${e.kind.padEnd(18)}  ${terminalSafeText(describeTrustEvent(e))}`;
}

/** `majordome ledger <brand> [--json] [--db <file>] [--limit <n>]`: one brand's events with their evidence. */
export const ledgerCommand: CliCommand = {
  name: 'ledger',
  summary: "Show one brand's trust events with their evidence (and `ledger verify` to check the chain)",
  usage: [
    'majordome ledger <brand> [--json] [--db <file>] [--limit <n>] [--at <ISO time>]',
    '',
    "Every event about the brand, oldest first, with the evidence behind it (offer, order, quoted text, stake) and its",
    'position in the hash chain. --limit shows only the newest n. See also: majordome ledger verify',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...LEDGER_OPTIONS, limit: { type: 'string' }, at: { type: 'string' } });
    if (positionals.length !== 1) throw new CliUsageError(positionals.length === 0 ? 'which brand? e.g. majordome ledger trailco' : 'give one brand id');
    const brandId = positionals[0]!;
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new CliUsageError(`--limit must be a positive whole number, not "${values.limit}"`);
    const atMs = parseReadTime(values.at);
    const opened = openTrustLedger(values.db, io);
    if ('missing' in opened) {
      io.stdout.write(noLedgerYet(opened.missing));
      return 1;
    }
    const { db, ledger } = opened;
    try {
      if (!ledger.hasBrand(brandId)) {
        const brands = ledger.brands();
        const known = brands.map((b) => b.brandId);
        // A display name is not an id (two brands may share one), so it is never resolved silently: the id is suggested.
        const named = brands.filter((b) => b.displayName !== null && b.displayName.toLowerCase() === brandId.toLowerCase()).map((b) => b.brandId);
        const hint = named.length ? ` "${brandId}" is the display name of ${named.join(', ')}: run \`majordome ledger ${named[0]}\`.` : '';
        io.stderr.write(
          `majordome ledger: no brand "${terminalSafeText(brandId)}" in the ledger.${terminalSafeText(hint)}${known.length ? ` Known: ${terminalSafeText(known.join(', '))}` : ' The ledger knows no brand yet.'}\n`,
        );
        return 1;
      }
      const brand = ledger.brands().find((b) => b.brandId === brandId)!;
      const score = ledger.scoreOf(brandId, atMs);
      const all = ledger.eventsFor(brandId);
      const events = limit === undefined ? all : all.slice(-limit);
      if (values.json) {
        io.stdout.write(`${terminalSafeJson({ brand, score, recommendable: isRecommendable(score), status: recommendationStatus(score), totalEvents: all.length, events }, 2)}\n`);
        return 0;
      }
      const id = terminalSafeText(shortenId(brandId, 60));
      const name = brand.displayName && brand.displayName !== brandId ? `${id} (${quoteBrandText(brand.displayName, 80)})` : id;
      io.stdout.write(`${name}: ${scoreLine(score)}\n`);
      if (score.linkedIdentities.length) io.stdout.write(`Linked identities (their lies count here too): ${terminalSafeText(score.linkedIdentities.join(', '))}\n`);
      if (all.length === 0) {
        io.stdout.write('No events yet: the butler has not checked any claim or seen any behaviour of this brand.\n');
        return 0;
      }
      io.stdout.write(`${all.length} event(s)${events.length < all.length ? `, newest ${events.length} shown` : ''}:\n`);
      for (const e of events) io.stdout.write(`${eventLine(e)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof TrustLedgerError && error.code === 'CORRUPT_RECORD') {
        io.stderr.write(`majordome ledger: ${error.message}. Run \`majordome ledger verify\`.\n`);
        return 3;
      }
      throw error;
    } finally {
      db.close();
    }
  },
};
