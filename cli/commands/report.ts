import { CliUsageError, type CliCommand } from '../command.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { reportResultText } from './report-result-text.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** Exit code when the outcome was not recorded (unknown order, already reported, closed, invalid). */
export const EXIT_NOT_RECORDED = 5;

/** `majordome report <order-id> "<what happened>" [--satisfied | --unsatisfied] [--rating 1-5] [--json]`: the person's own outcome report. */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Report what happened with an order (once per order): the ledger learns from it',
  usage: [
    'majordome report <order-id> "<what happened>" [--satisfied | --unsatisfied] [--rating 1-5] [--json] [--db <file>] [--brands <brands.json>]',
    '',
    'e.g. majordome report ord-123 "arrived late, not waterproof". An order is reported once: a second report records nothing.',
    `Exit code: 0 recorded, ${EXIT_NOT_RECORDED} not recorded (unknown order, already reported), 2 usage.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { ...SESSION_OPTIONS, json: { type: 'boolean' }, satisfied: { type: 'boolean' }, unsatisfied: { type: 'boolean' }, rating: { type: 'string' } });
    const [orderId, ...words] = positionals;
    const text = words.join(' ').trim();
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
