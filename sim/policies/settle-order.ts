import type { OutcomeReportInput } from '../../agent/butler/index.ts';
import { productIdOfSku, settleDelivery, type DeliveryOutcome } from '../../brand-agent/reference/index.ts';
import type { Offer, Receipt } from '../../protocol/index.ts';
import { trueUtility } from '../consumers/consumer.ts';
import { daysLate, deliveryOf, deliveryWelfare } from '../consumers/welfare.ts';
import type { DecisionContext } from './decision.ts';

const DAY_MS = 86_400_000;

/** What a settled order was worth and what the person reports about it. */
export interface SettledOrder {
  readonly outcome: DeliveryOutcome;
  readonly welfare: number;
  readonly charged: number;
  readonly claimsFailed: number;
  readonly late: boolean;
  /** The outcome report a person (here: the simulated consumer) gives the butler. */
  readonly report: OutcomeReportInput;
}

/**
 * Settles an order against the market's ground truth as if the parcel had arrived (the simulation does not wait for
 * delivery days), computes its welfare, and words the consumer's outcome report the way the app's ground-truth
 * settlement does (`app/settle-from-ground-truth.ts`): satisfied when it all arrived, every checked claim held and it came
 * as fast as promised; rated 1..5 stars by how much the consumer truly likes the product (its true utility).
 */
export function settleOrder(ctx: DecisionContext, offer: Offer, receipt: Receipt): SettledOrder {
  const placedAtMs = Date.parse(receipt.placedAt);
  const arrival = new Date(placedAtMs + 366 * DAY_MS);
  const outcome = settleDelivery({ brandId: receipt.brandId, offer, receipt, now: arrival, truth: ctx.market.truth });
  const product = ctx.market.truth.product(productIdOfSku(receipt.sku));
  const delivery = product ? deliveryOf(outcome, product, placedAtMs, ctx.drawn.need.deadline) : undefined;
  if (outcome.status === 'in-transit' || !delivery) {
    return { outcome, welfare: 0, charged: receipt.charged.amountMinor, claimsFailed: 0, late: false, report: { text: 'still in transit', source: 'ground-truth' } };
  }
  const welfare = deliveryWelfare(ctx.drawn.persona, ctx.market.scenario.consumers, delivery);
  // The consumer's stars: how much they like what arrived (their true utility of the product), whoever sold it.
  const rating = delivery.deliveredQuantity > 0 ? 1 + Math.round(4 * trueUtility(ctx.drawn.persona, delivery.product, ctx.market.scenario.consumers)) : undefined;
  const claims = outcome.claims
    .filter((c) => c.held !== null)
    .map((c) => ({ attribute: c.attribute, held: c.held === true, ...(c.actual !== null ? { observed: String(c.actual).slice(0, 200) } : {}) }));
  const unique = [...new Map(claims.map((c) => [c.attribute, c])).values()];
  const late = daysLate(delivery) > 0;
  const claimsFailed = unique.filter((c) => !c.held).length;
  // What the consumer can tell on opening the parcel: it all came, and none of the claims that failed is one of the
  // attributes they required (their hard constraints); a need with a deadline is met only on time.
  const required = new Set(ctx.drawn.need.hardConstraints.map((h) => h.attribute));
  const needMet =
    outcome.status === 'delivered' &&
    delivery.deliveredQuantity >= delivery.orderedQuantity &&
    !unique.some((c) => !c.held && required.has(c.attribute)) &&
    (ctx.drawn.need.deadline === undefined || !late);
  return {
    outcome,
    welfare,
    charged: Math.round((delivery.charged * delivery.deliveredQuantity) / Math.max(1, delivery.orderedQuantity)),
    claimsFailed,
    late,
    report: {
      claims: unique,
      deliveryDays: outcome.actualDeliveryDays,
      satisfied: outcome.status === 'delivered' && claimsFailed === 0 && !outcome.late,
      needMet,
      ...(rating === undefined ? {} : { rating }),
      text: outcome.status === 'delivered' ? (outcome.late ? 'arrived late' : 'arrived') : outcome.status,
      source: 'ground-truth',
    },
  };
}
