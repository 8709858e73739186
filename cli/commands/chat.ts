import { createInterface } from 'node:readline';
import { describeCancellation, describeUnconfirmedOrder, type ShoppingResult } from '../../agent/butler/index.ts';
import { languageOfUnderstanding, type Understanding } from '../../agent/need/index.ts';
import { describeValue, EXCLUSION_REASONS } from '../../agent/decision/index.ts';
import { formatMoney } from '../../protocol/index.ts';
import type { CliCommand } from '../command.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { progressPrinter } from '../progress-printer.ts';
import { renderShopping, renderUnderstanding } from '../render-shopping.ts';
import { SHOPPING_LABELS } from '../shopping-labels.ts';
import { renderTrustTable } from '../render-trust.ts';
import { renderBrandMessage } from '../render-brand-message.ts';
import { quoteBrandText } from '../quote-brand-text.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { reportResultText } from './report-result-text.ts';

const HELP = `Type what you need, e.g. "waterproof trail shoes size 43 under 150 euros". Then:
  why <n>          why offer n is ranked where it is (every score and its evidence)
  buy <n>          buy offer n (you will be asked to confirm)
  report <text>    tell me what happened with your last order, e.g. "arrived late, not waterproof"
  settle           let the demo market's ground truth say what really arrived for your last order
  trust            how much I trust each brand
  help, quit`;

/** `majordome chat`: the friendly terminal butler over the demo market (or your brands.json). */
export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'Chat with your butler in the terminal',
  usage: 'majordome chat [--db <file>] [--brands <brands.json>] [--seed <n>]',
  async run(args, io) {
    const { values } = parseOptions(args, { ...SESSION_OPTIONS }, false);
    const session = await openSession(values, io);
    // Every line may quote a brand (errors, summaries, flags): escape sequences and invisible characters never reach the terminal.
    const out = (text: string) => io.stdout.write(`${terminalSafeText(text, { multiline: true })}\n`);
    out(`Majordome — your butler. ${session.butler.brands().length} brands reachable (${session.directory.source}).`);
    for (const u of session.directory.unreachable) out(`  ! ${terminalSafeText(u.id)} unreachable: [${u.error.code}] ${renderBrandMessage(u.error.message)}`);
    out(HELP);
    const rl = createInterface({ input: io.stdin, terminal: false });
    const prompt = () => io.stdout.write('\nyou> ');
    let last: ShoppingResult | undefined;
    let pending: Understanding | undefined;
    let lastOrder: string | undefined;
    let confirming: { offerId: string; summary: string } | undefined;
    prompt();
    try {
      for await (const raw of rl) {
        const line = raw.trim();
        if (confirming) {
          const yes = /^(y|yes|oui|o)$/i.test(line);
          const offer = confirming;
          confirming = undefined;
          if (!yes) out('Not bought.');
          else {
            const result = await session.butler.purchase({ offerId: offer.offerId, confirmedBy: 'person', channel: 'terminal', at: session.butler.now().toISOString() });
            if (result.kind === 'purchased') {
              lastOrder = result.order.orderId;
              out(`Bought. Order ${result.order.orderId}: charged ${formatMoney(result.receipt.charged)}. Tell me how it went with "report …" or "settle".`);
            } else if (result.kind === 'refused-bait-and-switch') {
              out(`I refused this order: the receipt differs from what you accepted (${result.mismatches.map((m) => `${m.field} ${m.expected} → ${quoteBrandText(String(m.actual), 60)}`).join(', ')}). The brand's trust will suffer for it.${result.order.cancellation && result.order.receipt ? ` ${describeCancellation(result.order.cancellation, result.order.receipt.charged, result.order.mandate.maxAmount)}` : ''}`);
            } else if (result.kind === 'already-ordered') out(`This offer was already ordered${result.orderId ? ` (order ${result.orderId})` : ''}; nothing was ordered twice.`);
            else if (result.kind === 'blocked-by-policy') out(`Your rules forbid it: ${result.violations.map((v) => v.message).join('; ')}`);
            else if (result.kind === 'not-available') out(`Not bought: ${terminalSafeText(result.reason)}`);
            else if (result.kind === 'excluded-by-ranking') out(`Not bought: I excluded this offer when ranking it — ${terminalSafeText(result.reasons.map((r) => `${EXCLUSION_REASONS[r.code]} (${r.detail})`).join('; '))}.`);
            else if (result.kind === 'unconfirmed') out(`No answer to the order (order ${result.order.orderId}, [${result.error.code}] ${renderBrandMessage(result.error.message)}). ${describeUnconfirmedOrder(result.order)}`);
            else out(`The order failed: [${result.error.code}] ${renderBrandMessage(result.error.message)}`);
          }
          prompt();
          continue;
        }
        if (!line) {
          prompt();
          continue;
        }
        const [word, ...rest] = line.split(/\s+/);
        const command = word!.toLowerCase();
        if (command === 'quit' || command === 'exit' || command === 'bye') break;
        if (command === 'help' || command === '?') out(HELP);
        else if (command === 'trust') out(renderTrustTable(session.trust, session.butler.now()));
        else if (command === 'why' || command === 'buy') {
          const rank = Number(rest[0] ?? '1');
          const choice = last?.ranking.ranked[rank - 1];
          if (!last || !choice) out(last ? `There is no offer ${rest[0] ?? ''}.` : 'Ask me for something first.');
          else if (command === 'why') {
            const breakdown = last.explanation.breakdown.offers.find((o) => o.offerId === choice.offerId);
            out(terminalSafeText(last.explanation.offers.find((o) => o.offerId === choice.offerId)?.text ?? ''));
            for (const item of [...(breakdown?.fit.evidence ?? []), ...(breakdown?.honesty.evidence ?? [])]) out(`  · ${terminalSafeText(item.detail)}`);
            const language = last.need.language ?? 'en';
            for (const t of breakdown?.pressure.tactics ?? []) out(`  ⚑ ${terminalSafeText(t.detail)}${t.quote ? SHOPPING_LABELS[language].quoted(quoteBrandText(t.quote.text, undefined, language)) : ''}`);
            out(`  ${describeValue(choice.breakdown, last.need.language)}`);
          } else {
            const proposal = session.butler.propose(choice.offerId, last.need.language);
            if ('kind' in proposal) out('That offer is no longer known; ask again.');
            else {
              confirming = { offerId: choice.offerId, summary: proposal.summary };
              io.stdout.write(`${terminalSafeText(proposal.summary)} [y/N] `);
              continue;
            }
          }
        } else if (command === 'report' || command === 'settle') {
          if (!lastOrder) out('You have no order in this conversation yet.');
          else {
            const result = command === 'settle' ? session.butler.settle(lastOrder) : session.butler.reportOutcome(lastOrder, { text: rest.join(' ') });
            if (result.kind === 'recorded') {
              out(`Thanks. I recorded ${result.observations.length} observation(s) in the ledger:`);
              for (const o of result.observations) out(`  · ${o.kind}${'attribute' in o ? ` (${o.attribute})` : ''}`);
            } else out(reportResultText(result, lastOrder) ?? '');
          }
        } else {
          const understanding = await session.needEngine.understand(line, pending);
          // One language for the whole turn, the request's: the understanding, the progress lines, the offers, the hint.
          const language = languageOfUnderstanding(understanding, line);
          out(renderUnderstanding(understanding, language));
          if (understanding.kind === 'clarify') pending = understanding;
          else {
            pending = undefined;
            if (understanding.kind === 'need') {
              last = await session.butler.shop(understanding.need, { onProgress: progressPrinter(io.stdout, language) });
              out(renderShopping(last));
              if (last.ranking.ranked.length > 0) out(`\n${SHOPPING_LABELS[language].chatHint}`);
            }
          }
        }
        prompt();
      }
    } finally {
      rl.close();
      await session.close();
    }
    out('\nGoodbye.');
    return 0;
  },
};
