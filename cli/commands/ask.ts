import { brandNoticesOf, type PurchaseResult, type SettleResult } from '../../agent/butler/index.ts';
import { languageOfUnderstanding, requestLengthError } from '../../agent/need/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { printModelExplanation } from '../print-model-explanation.ts';
import { progressPrinter } from '../progress-printer.ts';
import { renderReproposal, renderShopping, renderUnderstanding } from '../render-shopping.ts';
import { SHOPPING_LABELS } from '../shopping-labels.ts';
import { reportResultText } from './report-result-text.ts';
import { describePurchase } from '../describe-purchase.ts';
import { renderBrandMessage } from '../render-brand-message.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/**
 * `majordome ask "<need>" [--json] [--buy <rank> --yes] [--settle] [--no-llm-explain]`: one request, non-interactive.
 * With a language model configured, its explanation of the ranking is streamed after Majordome's own — never with
 * --json (scripts read the computed explanation) nor with --buy (the person chose by rank; the purchase never waits on
 * the model).
 */
export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Ask the butler once, non-interactively (for scripts: --json)',
  usage: 'majordome ask "<what you need>" [--json] [--buy <rank> --yes] [--settle] [--no-llm-explain] [--db <file>] [--brands <brands.json>] [--seed <n>]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...SESSION_OPTIONS, json: { type: 'boolean' }, buy: { type: 'string' }, yes: { type: 'boolean' }, settle: { type: 'boolean' }, 'no-llm-explain': { type: 'boolean' } });
    const text = positionals.join(' ').trim();
    if (!text) throw new CliUsageError('say what you need, e.g. majordome ask "waterproof trail shoes size 43 under 150 euros"');
    const tooLong = requestLengthError(text);
    if (tooLong) throw new CliUsageError(tooLong.message);
    const buyRank = values.buy === undefined ? undefined : Number(values.buy);
    if (buyRank !== undefined && (!Number.isInteger(buyRank) || buyRank < 1)) throw new CliUsageError('--buy takes the rank of an offer (1, 2, …)');
    if (buyRank !== undefined && !values.yes) throw new CliUsageError('buying needs your explicit confirmation: add --yes (or use `majordome chat`)');
    if (values.settle && buyRank === undefined) throw new CliUsageError('--settle records the outcome of a purchase: use it with --buy <rank> --yes');
    const session = await openSession(values, io);
    try {
      // A brand the person configured but could not reach is said, not skipped in silence.
      const unreachable = session.directory.unreachable.map((u) => ({ id: u.id, endpoint: u.endpoint, error: u.error }));
      if (!values.json) {
        for (const u of unreachable) io.stderr.write(`! ${terminalSafeText(u.id)} is unreachable (${terminalSafeText(u.endpoint)}): [${u.error.code}] ${renderBrandMessage(u.error.message)} — not asked\n`);
      }
      const understanding = await session.needEngine.understand(text);
      // One language for the whole turn, the request's: the understanding, the progress lines, the offers, the hint.
      const language = languageOfUnderstanding(understanding, text);
      if (understanding.kind !== 'need') {
        io.stdout.write(values.json ? `${terminalSafeJson({ understanding })}\n` : `${renderUnderstanding(understanding, language)}\n`);
        return understanding.kind === 'clarify' ? 3 : 4;
      }
      const result = await session.butler.shop(understanding.need, values.json ? {} : { onProgress: progressPrinter(io.stderr, language) });
      let purchase: PurchaseResult | undefined;
      let settlement: SettleResult | undefined;
      if (buyRank !== undefined) {
        const choice = result.ranking.ranked[buyRank - 1];
        purchase = choice
          ? await session.butler.purchase({ offerId: choice.offerId, confirmedBy: 'person', channel: 'terminal', at: session.butler.now().toISOString() })
          : { kind: 'not-available', reason: `there is no offer ranked ${buyRank}` };
        // The purchase is stored before settling; a settlement that cannot be made never hides it (nor changes the exit code).
        if (values.settle && purchase.kind === 'purchased') settlement = session.butler.settle(purchase.order.orderId);
      }
      if (values.json) {
        io.stdout.write(
          `${terminalSafeJson({
            understanding,
            requestId: result.requestId,
            asked: result.asked,
            unreachable,
            summary: result.explanation.summary,
            ranked: result.ranking.ranked.map((r) => ({ rank: r.rank, offerId: r.offerId, brandId: r.brandId, title: r.offer.product.title, price: r.offer.price, value: r.value, fit: r.scores.fit.score, claimsHold: r.scores.honesty.probability, pressure: r.scores.pressure.score })),
            excluded: result.ranking.excluded.map((x) => ({ offerId: x.offerId, brandId: x.brandId, reasons: x.reasons })),
            divergent: result.divergent,
            explanation: result.explanation,
            declines: result.declines,
            failures: result.failures,
            // Per brand, what the person should know beyond its offers (BrandNotice: no answer, checks cut short).
            notices: brandNoticesOf(result),
            purchase,
            settlement,
          })}\n`,
        );
      } else {
        io.stdout.write(`${renderUnderstanding(understanding, language)}\n${renderShopping(result)}\n`);
        // A purchase result quotes the brand (error messages, reasons): terminal-safe like every brand text.
        // What follows the purchase is said in the turn's language too.
        if (purchase) io.stdout.write(`\n${terminalSafeText(describePurchase(purchase, language))}\n`);
        // A switched receipt: the new ranking as the turn's was written (the brands' names, the turn's money), and a new
        // confirmation needed (the --yes given covered the offer as accepted).
        if (purchase?.kind === 'refused-bait-and-switch' && purchase.reproposal) {
          const names = new Map(session.butler.brands().map((b) => [b.card.id, b.card.name]));
          io.stdout.write(`${renderReproposal(purchase.reproposal, (brandId) => names.get(brandId), language)}\n`);
          io.stdout.write(`${SHOPPING_LABELS[language].reproposalHint}\n`);
        }
        if (settlement?.kind === 'recorded') io.stdout.write(`${SHOPPING_LABELS[language].settledFromGroundTruth(settlement.observations.length)}\n`);
        else if (settlement && purchase?.kind === 'purchased') io.stdout.write(`${reportResultText(settlement, purchase.order.orderId, language) ?? ''}\n`);
        // The model phrases the ranking only after Majordome's own explanation is printed, and only when nothing was bought.
        if (!purchase && !values['no-llm-explain']) await printModelExplanation(io.stdout, session, result);
        if (!purchase && result.ranking.ranked.length > 0) io.stdout.write(`\n${SHOPPING_LABELS[language].askBuyHint}\n`);
      }
      return purchase && purchase.kind !== 'purchased' ? 5 : 0;
    } finally {
      await session.close();
    }
  },
};
