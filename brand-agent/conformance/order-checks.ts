import {
  PROTOCOL_TOOLS,
  PROTOCOL_VERSION,
  canonicalJson,
  formatMoney,
  hashOfferTerms,
  type Offer,
  type Order,
  type Receipt,
} from '../../protocol/index.ts';
import type { ProbeOutcome } from './brand-probe.ts';
import { fail, pass, skip, type CheckVerdict } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import type { ConformanceContext } from './conformance-context.ts';
import { expectBusinessError, parseAnswer, type ParsedAnswer } from './outcome-verdicts.ts';
import { receiptMismatch } from './receipt-mismatch.ts';

async function place(ctx: ConformanceContext, order: Order): Promise<{ outcome: ProbeOutcome; receipt: ParsedAnswer<Receipt> }> {
  const outcome = await ctx.call(PROTOCOL_TOOLS.placeOrder.name, order);
  return { outcome, receipt: parseAnswer(outcome, PROTOCOL_TOOLS.placeOrder.output, `order ${order.idempotencyKey}`) };
}

function getOrder(ctx: ConformanceContext, idempotencyKey: string): Promise<ProbeOutcome> {
  return ctx.call(PROTOCOL_TOOLS.getOrder.name, { protocolVersion: PROTOCOL_VERSION, idempotencyKey, buyerId: ctx.buyerId });
}

/** Places a valid order for a fresh offer and runs `check` on the receipt. */
function withReceipt(
  ctx: ConformanceContext,
  check: (receipt: Receipt, order: Order, offer: Offer) => Promise<CheckVerdict>,
): Promise<CheckVerdict> {
  return ctx.withOffer(async (offer) => {
    const order = ctx.orderFor(offer, ctx.nextId('idem'));
    const { receipt } = await place(ctx, order);
    return receipt.ok ? check(receipt.value, order, offer) : fail(receipt.reason);
  });
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** Checks on orders, mandates, idempotency and receipts. */
export const orderChecks: readonly ConformanceCheck[] = [
  {
    id: 'order.receipt',
    title: 'An order under a valid mandate gets a Receipt charging the offer price on the offer terms, with the mandate terms hash',
    capability: 'orders',
    run: (ctx) =>
      ctx.withOffer(async (offer, card) => {
        const order = ctx.orderFor(offer, ctx.nextId('idem'));
        const { receipt } = await place(ctx, order);
        if (!receipt.ok) return fail(receipt.reason);
        const mismatch = receiptMismatch(receipt.value, order, offer, card.id);
        if (mismatch) return fail(mismatch.reason, { path: mismatch.path, expected: mismatch.expected, actual: mismatch.actual });
        return pass(`receipt ${receipt.value.orderId} charged the offer price ${formatMoney(receipt.value.charged)} with termsHash ${receipt.value.termsHash.slice(0, 12)}…`);
      }),
  },
  {
    id: 'order.idempotent-replay',
    title: 'Repeating an order with the same idempotency key returns the same receipt',
    capability: 'orders',
    run: (ctx) =>
      withReceipt(ctx, async (first, order) => {
        const { receipt } = await place(ctx, order);
        if (!receipt.ok) return fail(`the repeat failed: ${receipt.reason}`);
        return same(receipt.value, first) ? pass(`the repeat returned receipt ${first.orderId} unchanged`) : fail('the repeat returned a different receipt');
      }),
  },
  {
    id: 'order.concurrent-replay',
    title: 'Five concurrent copies of one order all get the same receipt',
    capability: 'orders',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        const order = ctx.orderFor(offer, ctx.nextId('idem'));
        const results = await Promise.all(Array.from({ length: 5 }, () => place(ctx, order)));
        const broken = results.find((r) => !r.receipt.ok);
        if (broken && !broken.receipt.ok) return fail(broken.receipt.reason);
        const receipts = results.map((r) => (r.receipt.ok ? r.receipt.value : undefined));
        const distinct = new Set(receipts.map((r) => canonicalJson(r))).size;
        return distinct === 1 ? pass(`5 concurrent copies returned one receipt ${receipts[0]!.orderId}`) : fail(`5 concurrent copies returned ${distinct} different receipts`);
      }),
  },
  {
    id: 'order.idempotency-conflict',
    title: 'Reusing an idempotency key for a different order gets IDEMPOTENCY_CONFLICT',
    capability: 'orders',
    run: (ctx) =>
      withReceipt(ctx, async (_receipt, first) =>
        ctx.withOffer(async (other) => {
          const second = ctx.orderFor(other, first.idempotencyKey);
          // Two requests should give two offers; if a brand reuses the id, a different buyer still makes it another order.
          const different = other.offerId === first.offerId ? { ...second, buyerId: `${ctx.buyerId}-other` } : second;
          return expectBusinessError(await ctx.call(PROTOCOL_TOOLS.placeOrder.name, different), 'IDEMPOTENCY_CONFLICT', 'same key, different order');
        }),
      ),
  },
  {
    id: 'order.mandate-exceeded',
    title: 'A mandate below the offer price gets MANDATE_EXCEEDED',
    capability: 'orders',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        if (offer.price.amountMinor === 0) return skip('the offer is free; no mandate can be below it');
        const order = ctx.orderFor(offer, ctx.nextId('idem'));
        const low = { ...order, mandate: { ...order.mandate, maxAmount: { ...offer.price, amountMinor: offer.price.amountMinor - 1 } } };
        return expectBusinessError(await ctx.call(PROTOCOL_TOOLS.placeOrder.name, low), 'MANDATE_EXCEEDED', 'mandate one unit below the price');
      }),
  },
  {
    id: 'order.terms-mismatch',
    title: 'A mandate whose terms hash does not match the offer gets TERMS_MISMATCH',
    capability: 'orders',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        const order = ctx.orderFor(offer, ctx.nextId('idem'));
        const otherTerms = hashOfferTerms({ ...offer, terms: { ...offer.terms, returnDays: offer.terms.returnDays + 1 } });
        const wrong = { ...order, mandate: { ...order.mandate, termsHash: otherTerms } };
        return expectBusinessError(await ctx.call(PROTOCOL_TOOLS.placeOrder.name, wrong), 'TERMS_MISMATCH', 'mandate for other terms');
      }),
  },
  {
    id: 'order.unknown-offer',
    title: 'An order for an offer the brand never made gets UNKNOWN_OFFER',
    capability: 'orders',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        const invented = { ...offer, offerId: ctx.nextId('no-such-offer') };
        const order = ctx.orderFor(invented, ctx.nextId('idem'));
        return expectBusinessError(await ctx.call(PROTOCOL_TOOLS.placeOrder.name, order), 'UNKNOWN_OFFER', 'order for an invented offer');
      }),
  },
  {
    id: 'order.get-order',
    title: 'get_order returns the stored receipt',
    capability: 'orders',
    run: (ctx) =>
      withReceipt(ctx, async (receipt, order) => {
        const fetched = parseAnswer(await getOrder(ctx, order.idempotencyKey), PROTOCOL_TOOLS.getOrder.output, 'get_order');
        if (!fetched.ok) return fail(fetched.reason);
        return same(fetched.value, receipt) ? pass(`get_order returned receipt ${receipt.orderId}`) : fail('get_order returned a different receipt');
      }),
  },
  {
    id: 'order.unknown-order',
    title: 'get_order for an unknown idempotency key gets UNKNOWN_ORDER',
    capability: 'orders',
    async run(ctx) {
      return expectBusinessError(await getOrder(ctx, ctx.nextId('idem-unknown')), 'UNKNOWN_ORDER', 'get_order for an unknown key');
    },
  },
];
