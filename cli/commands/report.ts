import { CliUsageError, type CliCommand } from '../command.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { describePurchase } from './ask.ts';
import { reportResultText } from './report-result-text.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** Exit code when the outcome was not recorded (unknown order, already reported, closed, invalid). */
export const EXIT_NOT_RECORDED = 5;

/**
 * `majordome report <order-id> "<what happened>" [--satisfied | --unsatisfied] [--rating 1-5] [--json]`: the person's own
 * outcome report. `majordome report <order-id> --recheck`: asks the brand again where an unconfirmed order stands.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Report what happened with an order (once per order): the ledger learns from it',
  usage: [
    'majordome report <order-id> "<what happened>" [--satisfied | --unsatisfied] [--rating 1-5] [--json] [--db <file>] [--brands <brands.json>]',
    'majordome report <order-id> --recheck [--json]   ask the brand again where an unconfirmed order stands (never orders)',
    '',
    'e.g. majordome report ord-123 "arrived late, not waterproof". An order is reported once: a second report records nothing.',
    `Exit code: 0 recorded, ${EXIT_NOT_RECORDED} not recorded (unknown order, already reported), 2 usage.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...SESSION_OPTIONS, json: { type: 'boolean' }, satisfied: { type: 'boolean' }, unsatisfied: { type: 'boolean' }, rating: { type: 'string' }, recheck: { type: 'boolean' } });
    const [orderId, ...words] = positionals;
    const text = words.join(' ').trim();
    if (values.recheck) {
      if (!orderId || text) throw new CliUsageError('--recheck takes the order id alone, e.g. majordome report unconfirmed-0123 --recheck');
      const session = await openSession(values, io);
      try {
        const result = await session.butler.recheckOrder(orderId);
        if (values.json) io.stdout.write(`${terminalSafeJson({ orderId, result })}\n`);
        else if (result.kind === 'unknown-order') io.stdout.write('I cannot find that order.\n');
        else if (result.kind === 'not-unconfirmed') io.stdout.write(`Order ${orderId} is ${result.status}: there is nothing to re-check.\n`);
        else io.stdout.write(`${describePurchase(result)}\n`);
        return result.kind === 'unknown-order' || result.kind === 'not-unconfirmed' ? EXIT_NOT_RECORDED : 0;
      } finally {
        await session.close();
      }
    }
    if (!orderId || !text) throw new CliUsageError('give the order id and what happened, e.g. majordome report ord-123 "arrived late"');
    if (values.satisfied && values.unsatisfied) throw new CliUsageError('--satisfied or --unsatisfied, not both');
    const satisfied = values.satisfied ? true : values.unsatisfied ? false : undefined;
    const rating = values.rating === undefined ? undefined : Number(values.rating);
    if (rating !== undefined && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) throw new CliUsageError(`--rating takes a whole number of stars from 1 to 5, not "${String(values.rating)}"`);
    const session = await openSession(values, io);
    try {
      const result = session.butler.reportOutcome(orderId, { text, source: 'person', ...(satisfied === undefined ? {} : { satisfied }), ...(rating === undefined ? {} : { rating }) });
      if (values.json) io.stdout.write(`${terminalSafeJson({ orderId, result })}\n`);
      else if (result.kind === 'recorded') io.stdout.write(`Recorded ${result.observations.length} observation(s) about ${result.order.brandId} in the ledger.\n`);
      else io.stdout.write(`${reportResultText(result, orderId) ?? ''}\n`);
      return result.kind === 'recorded' ? 0 : EXIT_NOT_RECORDED;
    } finally {
      await session.close();
    }
  },
};
