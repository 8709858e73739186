import type { CliCommand } from '../command.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { quoteBrandText } from '../quote-brand-text.ts';
import { renderBrandMessage } from '../render-brand-message.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** `majordome brands [--json]`: the brands the butler can reach, what they sell, and how far it trusts them. */
export const brandsCommand: CliCommand = {
  name: 'brands',
  summary: 'List the brands the butler can reach (the demo market or your brands.json)',
  usage: 'majordome brands [--json] [--db <file>] [--brands <brands.json>]',
  async run(args, io) {
    const { values } = parseOptions(args, { ...SESSION_OPTIONS, json: { type: 'boolean' } }, false);
    const session = await openSession(values, io);
    try {
      const now = session.butler.now().getTime();
      const rows = session.butler.brands().map((b) => {
        const known = session.trust.hasBrand(b.card.id);
        const score = known ? session.trust.scoreOf(b.card.id, now) : undefined;
        return {
          id: b.card.id,
          name: b.card.name,
          categories: b.card.categories,
          capabilities: b.card.capabilities,
          endpoint: session.directory.brands.find((d) => d.id === b.card.id)?.endpoint ?? '',
          trust: score && score.events > 0 ? Math.round(score.trust * 100) / 100 : null,
          events: score?.events ?? 0,
        };
      });
      const unreachable = session.directory.unreachable.map((u) => ({ id: u.id, endpoint: u.endpoint, error: u.error }));
      if (values.json) {
        io.stdout.write(`${terminalSafeJson({ source: session.directory.source, brands: rows, unreachable })}\n`);
        return unreachable.length ? 1 : 0;
      }
      io.stdout.write(`${rows.length} brand(s) from ${session.directory.source}\n`);
      // The name is the brand's words (its card): quoted and terminal-safe, like every brand text on the terminal.
      const names = rows.map((r) => quoteBrandText(r.name, 60));
      const width = Math.max(4, ...names.map((n) => n.length));
      for (const [i, r] of rows.entries()) {
        io.stdout.write(`  ${names[i]!.padEnd(width)}  ${r.id.padEnd(18)} ${r.categories.join(', ').padEnd(30)} trust ${r.trust === null ? 'new' : r.trust.toFixed(2)} (${r.events} events)\n`);
      }
      for (const u of unreachable) io.stdout.write(`  ! ${terminalSafeText(u.id)} unreachable at ${terminalSafeText(u.endpoint)}: [${u.error.code}] ${renderBrandMessage(u.error.message)}\n`);
      return unreachable.length ? 1 : 0;
    } finally {
      await session.close();
    }
  },
};
