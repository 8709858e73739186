import { createInterface } from 'node:readline';
import { AFTER_PURCHASE_MESSAGES, type SettleResult, type ShoppingResult } from '../../agent/butler/index.ts';
import { languageOfUnderstanding, requestLengthError, type Understanding } from '../../agent/need/index.ts';
import { describeValue } from '../../agent/decision/index.ts';
import { answerLanguage, type Language } from '../../agent/language/index.ts';
import type { CliCommand } from '../command.ts';
import { describePurchase } from '../describe-purchase.ts';
import { needMetAnswer } from '../need-met-answer.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { printModelExplanation } from '../print-model-explanation.ts';
import { progressPrinter } from '../progress-printer.ts';
import { renderShopping, renderUnderstanding } from '../render-shopping.ts';
import { SHOPPING_LABELS } from '../shopping-labels.ts';
import { renderTrustTable } from '../render-trust.ts';
import { renderBrandMessage } from '../render-brand-message.ts';
import { quoteBrandText } from '../quote-brand-text.ts';
import { terminalLanguage } from '../terminal-language.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { reportResultText } from './report-result-text.ts';

/**
 * `majordome chat`: the friendly terminal butler over the demo market (or your brands.json). It speaks the language of
 * the conversation: the terminal's before any request (greeting, help), then the latest request's (a turn, what is said
 * after a purchase, the report's question, help).
 */
export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'Chat with your butler in the terminal',
  usage: 'majordome chat [--no-llm-explain] [--db <file>] [--brands <brands.json>] [--seed <n>]',
  async run(args, io) {
    const { values } = parseOptions(args, { ...SESSION_OPTIONS, 'no-llm-explain': { type: 'boolean' } }, false);
    const session = await openSession(values, io);
    // Every line may quote a brand (errors, summaries, flags): escape sequences and invisible characters never reach the terminal.
    const out = (text: string) => io.stdout.write(`${terminalSafeText(text, { multiline: true })}\n`);
    let language: Language = terminalLanguage(io.env);
    const say = () => SHOPPING_LABELS[language];
    out(say().chatGreeting(session.butler.brands().length, session.directory.source));
    for (const u of session.directory.unreachable) out(say().unreachable(terminalSafeText(u.id), u.error.code, renderBrandMessage(u.error.message, { language })));
    out(say().chatHelp);
    // What a report (or a settlement) recorded, one line per observation, or why it recorded nothing.
    const sayReport = (result: SettleResult, orderId: string) => {
      if (result.kind !== 'recorded') return out(reportResultText(result, orderId, language) ?? '');
      out(say().recordedHeading(result.observations.length));
      for (const o of result.observations) out(`  · ${o.kind}${'attribute' in o ? ` (${o.attribute})` : ''}`);
    };
    const rl = createInterface({ input: io.stdin, terminal: false });
    const prompt = () => io.stdout.write('\nyou> ');
    let last: ShoppingResult | undefined;
    let pending: Understanding | undefined;
    let lastOrder: string | undefined;
    let confirming: { offerId: string; summary: string } | undefined;
    // A report waiting for the answer to its question about the need.
    let reporting: { orderId: string; text: string } | undefined;
    prompt();
    try {
      for await (const raw of rl) {
        const line = raw.trim();
        if (confirming) {
          const yes = /^(y|yes|oui|o)$/i.test(line);
          const offer = confirming;
          confirming = undefined;
          if (!yes) out(say().notBought);
          else {
            const result = await session.butler.purchase({ offerId: offer.offerId, confirmedBy: 'person', channel: 'terminal', at: session.butler.now().toISOString() });
            // The sentence quotes the brand (a switched receipt's values, its errors): one terminal-safe line.
            const said = terminalSafeText(describePurchase(result, language));
            if (result.kind === 'purchased') {
              lastOrder = result.order.orderId;
              out(`${said} ${say().reportHint}`);
            } else out(said);
          }
          prompt();
          continue;
        }
        if (reporting) {
          const { orderId, text } = reporting;
          reporting = undefined;
          const needMet = needMetAnswer(line);
          sayReport(session.butler.reportOutcome(orderId, { text, ...(needMet === undefined ? {} : { needMet }) }), orderId);
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
        if (command === 'help' || command === '?') out(say().chatHelp);
        else if (command === 'trust') out(renderTrustTable(session.trust, session.butler.now()));
        else if (command === 'why' || command === 'buy') {
          const rank = Number(rest[0] ?? '1');
          const choice = last?.ranking.ranked[rank - 1];
          if (!last || !choice) out(last ? say().noSuchOffer(terminalSafeText(rest[0] ?? '', { maxLength: 20 })) : say().askFirst);
          else if (command === 'why') {
            const breakdown = last.explanation.breakdown.offers.find((o) => o.offerId === choice.offerId);
            out(terminalSafeText(last.explanation.offers.find((o) => o.offerId === choice.offerId)?.text ?? ''));
            for (const item of [...(breakdown?.fit.evidence ?? []), ...(breakdown?.honesty.evidence ?? [])]) out(`  · ${terminalSafeText(item.detail)}`);
            const turnLanguage = answerLanguage(last.need.language);
            for (const t of breakdown?.pressure.tactics ?? []) out(`  ⚑ ${terminalSafeText(t.detail)}${t.quote ? SHOPPING_LABELS[turnLanguage].quoted(quoteBrandText(t.quote.text, undefined, turnLanguage)) : ''}`);
            out(`  ${describeValue(choice.breakdown, turnLanguage)}`);
          } else {
            const proposal = session.butler.propose(choice.offerId, answerLanguage(last.need.language));
            if ('kind' in proposal) out(say().offerGone);
            else {
              confirming = { offerId: choice.offerId, summary: proposal.summary };
              io.stdout.write(`${terminalSafeText(proposal.summary)} [y/N] `);
              continue;
            }
          }
        } else if (command === 'report' || command === 'settle') {
          if (!lastOrder) out(say().noOrderYet);
          else if (command === 'report') {
            // One question before recording: did it do the job, whatever the description said (`needMet`)?
            reporting = { orderId: lastOrder, text: rest.join(' ') };
            io.stdout.write(`${AFTER_PURCHASE_MESSAGES[language].needMetQuestion} ${say().yesNoSkip} `);
            continue;
          } else sayReport(session.butler.settle(lastOrder), lastOrder);
        } else if (requestLengthError(line) !== undefined) {
          // Longer than a request is read (a pasted file or page): said, and the conversation goes on.
          out(requestLengthError(line)!.message);
        } else {
          const understanding = await session.needEngine.understand(line, pending);
          // One language for the whole turn, the request's: the understanding, the progress lines, the offers, the hint,
          // and what follows it (a purchase, a report, help).
          language = languageOfUnderstanding(understanding, line);
          out(renderUnderstanding(understanding, language));
          if (understanding.kind === 'clarify') pending = understanding;
          else {
            pending = undefined;
            if (understanding.kind === 'need') {
              last = await session.butler.shop(understanding.need, { onProgress: progressPrinter(io.stdout, language) });
              out(renderShopping(last));
              // With a model configured, it phrases the ranking after Majordome's own explanation, as in `ask`.
              if (!values['no-llm-explain']) await printModelExplanation(io.stdout, session, last);
              if (last.ranking.ranked.length > 0) out(`\n${say().chatHint}`);
            }
          }
        }
        prompt();
      }
    } finally {
      rl.close();
      await session.close();
    }
    out(`\n${say().goodbye}`);
    return 0;
  },
};
