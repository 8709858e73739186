import { AFTER_PURCHASE_MESSAGES } from '../../agent/butler/index.ts';
import { detectLanguage } from '../../agent/language/index.ts';
import { askQuestion } from '../ask-question.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { describePurchase } from '../describe-purchase.ts';
import { needMetAnswer } from '../need-met-answer.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { SHOPPING_LABELS } from '../shopping-labels.ts';
import { terminalLanguage } from '../terminal-language.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { reportResultText } from './report-result-text.ts';

/** Exit code when the outcome was not recorded (unknown order, already reported, closed, invalid). */
export const EXIT_NOT_RECORDED = 5;

/**
 * `majordome report <order-id> "<what happened>" [--satisfied | --unsatisfied] [--need-met | --need-not-met] [--rating 1-5] [--json]`:
 * the person's own outcome report (asked whether the need was met when neither flag says it and the terminal is
 * interactive). `majordome report <order-id> --recheck`: asks the brand again where an unconfirmed order stands.
 * `majordome report <order-id> --nothing-charged`: the person's word that an unconfirmed order charged nothing.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Report what happened with an order (once per order): the ledger learns from it',
  usage: [
    'majordome report <order-id> "<what happened>" [--satisfied | --unsatisfied] [--need-met | --need-not-met] [--rating 1-5] [--json] [--db <file>] [--brands <brands.json>]',
    'majordome report <order-id> --recheck [--json]   ask the brand again where an unconfirmed order stands (never orders)',
    'majordome report <order-id> --nothing-charged [--json]   say that an unconfirmed order the brand never answered charged nothing: its amount stops counting against your monthly cap',
    '',
    'e.g. majordome report ord-123 "arrived late, not waterproof" --need-met. An order is reported once: a second report records nothing.',
    '--need-met / --need-not-met: whether it did the job you bought it for, even if something was not as described (asked when',
    'neither is given on an interactive terminal; without an answer the butler reads a failed delivery as one that missed the need).',
    `Exit code: 0 recorded, ${EXIT_NOT_RECORDED} not recorded (unknown order, already reported), 2 usage.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      ...SESSION_OPTIONS,
      json: { type: 'boolean' },
      satisfied: { type: 'boolean' },
      unsatisfied: { type: 'boolean' },
      'need-met': { type: 'boolean' },
      'need-not-met': { type: 'boolean' },
      rating: { type: 'string' },
      recheck: { type: 'boolean' },
      'nothing-charged': { type: 'boolean' },
    });
    const [orderId, ...words] = positionals;
    const text = words.join(' ').trim();
    // The report's language is its text's (the terminal's when it has none, or says nothing either way).
    const language = detectLanguage(text, terminalLanguage(io.env));
    const say = SHOPPING_LABELS[language];
    if (values.recheck && values['nothing-charged']) throw new CliUsageError('--recheck or --nothing-charged, not both');
    if (values.recheck) {
      if (!orderId || text) throw new CliUsageError('--recheck takes the order id alone, e.g. majordome report unconfirmed-0123 --recheck');
      const session = await openSession(values, io);
      try {
        const result = await session.butler.recheckOrder(orderId);
        if (values.json) io.stdout.write(`${terminalSafeJson({ orderId, result })}\n`);
        else if (result.kind === 'unknown-order') io.stdout.write(`${AFTER_PURCHASE_MESSAGES[language].unknownOrder}\n`);
        else if (result.kind === 'not-unconfirmed') io.stdout.write(`${say.nothingToRecheck(orderId, result.status)}\n`);
        else io.stdout.write(`${terminalSafeText(describePurchase(result, language))}\n`);
        return result.kind === 'unknown-order' || result.kind === 'not-unconfirmed' ? EXIT_NOT_RECORDED : 0;
      } finally {
        await session.close();
      }
    }
    if (values['nothing-charged']) {
      if (!orderId || text) throw new CliUsageError('--nothing-charged takes the order id alone, e.g. majordome report unconfirmed-0123 --nothing-charged');
      const session = await openSession(values, io);
      try {
        const result = session.butler.releaseOrder(orderId, { statement: 'nothing-charged', by: 'person', channel: 'terminal', at: session.butler.now().toISOString() });
        const after = AFTER_PURCHASE_MESSAGES[language];
        if (values.json) io.stdout.write(`${terminalSafeJson({ orderId, result })}\n`);
        else if (result.kind === 'released') io.stdout.write(`${after.released(orderId, after.money(result.order.mandate.maxAmount))}\n`);
        else if (result.kind === 'already-released') io.stdout.write(`${say.alreadyReleased(orderId)}\n`);
        else if (result.kind === 'not-unconfirmed') io.stdout.write(`${say.nothingToRelease(orderId, result.status)}\n`);
        else io.stdout.write(`${after.unknownOrder}\n`);
        return result.kind === 'released' ? 0 : EXIT_NOT_RECORDED;
      } finally {
        await session.close();
      }
    }
    if (!orderId || !text) throw new CliUsageError('give the order id and what happened, e.g. majordome report ord-123 "arrived late"');
    if (values.satisfied && values.unsatisfied) throw new CliUsageError('--satisfied or --unsatisfied, not both');
    if (values['need-met'] && values['need-not-met']) throw new CliUsageError('--need-met or --need-not-met, not both');
    const satisfied = values.satisfied ? true : values.unsatisfied ? false : undefined;
    const rating = values.rating === undefined ? undefined : Number(values.rating);
    if (rating !== undefined && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) throw new CliUsageError(`--rating takes a whole number of stars from 1 to 5, not "${String(values.rating)}"`);
    let needMet = values['need-met'] ? true : values['need-not-met'] ? false : undefined;
    // Asked only of a person at an interactive terminal: a script (or --json) that says nothing leaves it absent.
    const interactive = (io.stdin as { isTTY?: boolean }).isTTY === true && !values.json;
    if (needMet === undefined && interactive) {
      const answer = await askQuestion(io, `${AFTER_PURCHASE_MESSAGES[language].needMetQuestion} ${say.yesNoSkip}`);
      needMet = answer === undefined ? undefined : needMetAnswer(answer);
    }
    const session = await openSession(values, io);
    try {
      const result = session.butler.reportOutcome(orderId, {
        text,
        source: 'person',
        ...(satisfied === undefined ? {} : { satisfied }),
        ...(needMet === undefined ? {} : { needMet }),
        ...(rating === undefined ? {} : { rating }),
      });
      if (values.json) io.stdout.write(`${terminalSafeJson({ orderId, result })}\n`);
      else if (result.kind === 'recorded') io.stdout.write(`${AFTER_PURCHASE_MESSAGES[language].recorded(result.observations.length, terminalSafeText(result.order.brandId, { maxLength: 80 }))}\n`);
      else io.stdout.write(`${reportResultText(result, orderId, language) ?? ''}\n`);
      return result.kind === 'recorded' ? 0 : EXIT_NOT_RECORDED;
    } finally {
      await session.close();
    }
  },
};
