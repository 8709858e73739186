import { PROTOCOL_TOOLS, PROTOCOL_VERSION, canonicalJson, formatMoney, type CancelOrder, type Cancellation, type Receipt } from '../../protocol/index.ts';
import { fail, pass, type CheckVerdict } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import type { ConformanceContext } from './conformance-context.ts';
import { expectBusinessError, parseAnswer } from './outcome-verdicts.ts';

/** Places a valid order for a fresh offer and runs `check` on its receipt. */
function withPlacedOrder(ctx: ConformanceContext, check: (receipt: Receipt) => Promise<CheckVerdict>): Promise<CheckVerdict> {
  return ctx.withOffer(async (offer) => {
    const order = ctx.orderFor(offer, ctx.nextId('idem'));
    const receipt = parseAnswer(await ctx.call(PROTOCOL_TOOLS.placeOrder.name, order), PROTOCOL_TOOLS.placeOrder.output, `order ${order.idempotencyKey}`);
    return receipt.ok ? check(receipt.value) : fail(receipt.reason);
  });
}

function cancelRequest(ctx: ConformanceContext, orderId: string, buyerId = ctx.buyerId): CancelOrder {
  return { protocolVersion: PROTOCOL_VERSION, orderId, buyerId, reason: 'receipt_mismatch', details: 'conformance check: price differs from the accepted offer' };
}

/** Where a cancellation answer breaks the rules for this receipt, or undefined when it keeps them. */
function cancellationProblem(answer: Cancellation, receipt: Receipt): CheckVerdict | undefined {
  if (answer.orderId !== receipt.orderId) return fail('the answer does not echo the order id', { path: 'orderId', expected: receipt.orderId, actual: answer.orderId });
  if (answer.reason !== 'receipt_mismatch') return fail('the answer does not echo the reason', { path: 'reason', expected: 'receipt_mismatch', actual: answer.reason });
  const refund = answer.refund;
  if (refund && refund.currency !== receipt.charged.currency) {
    return fail(`the refund is in ${refund.currency}, the receipt charged ${receipt.charged.currency}`, { path: 'refund.currency', expected: receipt.charged.currency, actual: refund.currency });
  }
  if (refund && refund.amountMinor > receipt.charged.amountMinor) {
    return fail(`the refund ${formatMoney(refund)} exceeds the ${formatMoney(receipt.charged)} charged`, { path: 'refund.amountMinor', expected: `at most ${receipt.charged.amountMinor}`, actual: refund.amountMinor });
  }
  return undefined;
}

/** Checks on cancel_order (protocol 1.1, capability `cancellations`). */
export const cancelChecks: readonly ConformanceCheck[] = [
  {
    id: 'cancel.order',
    title: "cancel_order on the buyer's own order answers cancelled (with a refund of at most the charge) or refused, and a repeat gets the same answer",
    capability: 'cancellations',
    run: (ctx) =>
      withPlacedOrder(ctx, async (receipt) => {
        const request = cancelRequest(ctx, receipt.orderId);
        const first = parseAnswer(await ctx.call(PROTOCOL_TOOLS.cancelOrder.name, request), PROTOCOL_TOOLS.cancelOrder.output, `cancel ${receipt.orderId}`);
        if (!first.ok) return fail(first.reason);
        const problem = cancellationProblem(first.value, receipt);
        if (problem) return problem;
        const repeat = parseAnswer(
          await ctx.call(PROTOCOL_TOOLS.cancelOrder.name, { ...request, reason: 'changed_mind' }),
          PROTOCOL_TOOLS.cancelOrder.output,
          `repeat cancel ${receipt.orderId}`,
        );
        if (!repeat.ok) return fail(`the repeat failed: ${repeat.reason}`);
        if (canonicalJson(repeat.value) !== canonicalJson(first.value)) {
          return fail('a repeat of the cancellation got a different answer (the first decision must be replayed)', { expected: first.value, actual: repeat.value });
        }
        const what = first.value.status === 'cancelled' ? `cancelled, refund ${formatMoney(first.value.refund!)}` : 'refused';
        return pass(`order ${receipt.orderId}: ${what}; the repeat got the same answer`);
      }),
  },
  {
    id: 'cancel.scoped-to-buyer',
    title: "cancel_order for another buyer's order gets UNKNOWN_ORDER and leaves the order alone",
    capability: 'cancellations',
    run: (ctx) =>
      withPlacedOrder(ctx, async (receipt) => {
        const verdict = expectBusinessError(
          await ctx.call(PROTOCOL_TOOLS.cancelOrder.name, cancelRequest(ctx, receipt.orderId, `${ctx.buyerId}-other`)),
          'UNKNOWN_ORDER',
          "cancel another buyer's order",
        );
        if (verdict.status !== 'pass') return verdict;
        // The stranger's request must not have decided anything: the owner's own request is still answered afresh.
        const own = parseAnswer(await ctx.call(PROTOCOL_TOOLS.cancelOrder.name, cancelRequest(ctx, receipt.orderId)), PROTOCOL_TOOLS.cancelOrder.output, `cancel ${receipt.orderId}`);
        if (!own.ok) return fail(`after the stranger's attempt, the owner's cancellation failed: ${own.reason}`);
        return cancellationProblem(own.value, receipt) ?? pass(`${verdict.reason}; the owner's cancellation then got ${own.value.status}`);
      }),
  },
  {
    id: 'cancel.unknown-order',
    title: 'cancel_order for an order id the brand never issued gets UNKNOWN_ORDER',
    capability: 'cancellations',
    async run(ctx) {
      return expectBusinessError(await ctx.call(PROTOCOL_TOOLS.cancelOrder.name, cancelRequest(ctx, ctx.nextId('no-such-order'))), 'UNKNOWN_ORDER', 'cancel an invented order');
    },
  },
];
