import type { GroundTruth, OrderRecord, OutcomeReportInput } from '../agent/butler/index.ts';
import { isDemoMarketBrandId } from '../brand-agent/demo-market/index.ts';
import { ReferenceMarketError, settleDelivery } from '../brand-agent/reference/index.ts';

/**
 * What really arrived, according to the demo market's ground truth, as an outcome report. Settles as if the parcel
 * had arrived (the demo clock does not wait for delivery days).
 */
export function settleFromGroundTruth(order: OrderRecord, now: Date): OutcomeReportInput {
  if (!order.receipt) return { text: 'no receipt: nothing was delivered', satisfied: false, source: 'ground-truth' };
  const arrival = new Date(Math.max(now.getTime(), Date.parse(order.placedAt) + 366 * 86_400_000));
  const outcome = settleDelivery({ brandId: order.brandId, offer: order.offer, receipt: order.receipt, now: arrival });
  if (outcome.status === 'in-transit') return { text: 'still in transit', source: 'ground-truth' };
  const claims = outcome.claims
    .filter((c) => c.held !== null)
    .map((c) => ({ attribute: c.attribute, held: c.held === true, ...(c.actual !== null ? { observed: String(c.actual).slice(0, 200) } : {}) }));
  const unique = [...new Map(claims.map((c) => [c.attribute, c])).values()];
  return {
    claims: unique,
    deliveryDays: outcome.actualDeliveryDays,
    satisfied: outcome.status === 'delivered' && unique.every((c) => c.held) && !outcome.late,
    text: outcome.status === 'delivered' ? (outcome.late ? 'arrived late' : 'arrived') : outcome.status,
    source: 'ground-truth',
  };
}

/**
 * The demo market's ground truth as the butler's `GroundTruth`, for the brands connected as built-in demo brands: an
 * order from any other brand (brands.json), or of a product the demo market does not know, has none and the person
 * reports its outcome.
 */
export function demoGroundTruth(isDemoBrand: (brandId: string) => boolean): GroundTruth {
  return (order, now) => {
    const none = { kind: 'none', reason: `there is no ground truth for ${order.brandId} (only the demo market has one)` } as const;
    if (!isDemoBrand(order.brandId) || !isDemoMarketBrandId(order.brandId)) return none;
    try {
      return { kind: 'report', report: settleFromGroundTruth(order, now) };
    } catch (error) {
      if (error instanceof ReferenceMarketError) return none;
      throw error;
    }
  };
}
