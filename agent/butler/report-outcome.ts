import { z } from 'zod';
import { AttributeNameSchema, type AttributeValue, type Offer } from '../../protocol/index.ts';
import { atomicallyIn, type ButlerMemory, type OrderRecord } from './butler-memory.ts';
import type { ButlerTrust, TrustObservation } from './butler-trust.ts';
import { contradictedInText, lateInText, mentionedInText } from './read-report-text.ts';

/** What the person (or the demo market's ground truth) says happened after delivery. */
export const OutcomeReportSchema = z.object({
  /** Free text, e.g. "arrived late, not waterproof". */
  text: z.string().max(2000).optional(),
  /** Structured per-claim results; they win over what the text suggests. */
  claims: z.array(z.object({ attribute: AttributeNameSchema, held: z.boolean(), observed: z.string().max(200).optional() })).max(64).optional(),
  /** Days it actually took to arrive. */
  deliveryDays: z.number().int().min(0).max(365).optional(),
  /**
   * Did what arrived meet what the person required (every hard constraint of their need)? A delivery not as described
   * that met it tells the butler how this brand's failures fall (a flattering number rather than a missing
   * requirement); absent: not known, read as missed.
   */
  needMet: z.boolean().optional(),
  /** Overall, was the person satisfied? */
  satisfied: z.boolean().optional(),
  /** How much the person likes what arrived, 1..5 stars: taste, not honesty (it teaches the butler their style, never a brand's trust). */
  rating: z.number().int().min(1).max(5).optional(),
  source: z.enum(['person', 'ground-truth']).default('person'),
});
export type OutcomeReport = z.infer<typeof OutcomeReportSchema>;
export type OutcomeReportInput = z.input<typeof OutcomeReportSchema>;

/** The outcome of reporting. */
export type ReportResult =
  | { readonly kind: 'recorded'; readonly order: OrderRecord; readonly observations: readonly TrustObservation[] }
  | { readonly kind: 'already-reported'; readonly order: OrderRecord }
  | { readonly kind: 'order-closed'; readonly order: OrderRecord; readonly reason: string }
  | { readonly kind: 'unknown-order' }
  | { readonly kind: 'invalid-report'; readonly message: string };

function claimedAttributes(offer: Offer): Map<string, AttributeValue> {
  const out = new Map<string, AttributeValue>();
  for (const [k, v] of Object.entries(offer.product.attributes)) out.set(k, v);
  for (const c of offer.claims) out.set(c.attribute, c.asserted);
  return out;
}

/** Why an order's outcome cannot be reported (any more), or undefined when it can. */
export function unreportable(order: OrderRecord): Extract<ReportResult, { kind: 'already-reported' | 'order-closed' }> | undefined {
  if (order.status === 'outcome-reported') return { kind: 'already-reported', order };
  if (order.status !== 'placed') return { kind: 'order-closed', order, reason: `this order is ${order.status}: it has no outcome to report` };
  return undefined;
}

/**
 * Settles an order's claims from the person's report (or ground truth): each claim the person contradicts becomes
 * a contradicted claim (with the price as stake), each other claim of the offer a verified one; lateness
 * contradicts the delivery promise; the overall outcome is recorded too. An order is reported once: the check, the
 * evidence and the new status are one transaction (`ButlerMemory.atomically`), so a second report appends nothing.
 */
export function reportOutcome(orderId: string, input: unknown, deps: { memory: ButlerMemory; trust: ButlerTrust; clock: () => Date }): ReportResult {
  const parsed = OutcomeReportSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid-report', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'report'}: ${i.message}`).join('; ') };
  const report = parsed.data;
  return atomicallyIn(deps.memory, () => recordReport(orderId, report, deps));
}

function recordReport(orderId: string, report: OutcomeReport, deps: { memory: ButlerMemory; trust: ButlerTrust; clock: () => Date }): ReportResult {
  const order = deps.memory.order(orderId);
  if (!order) return { kind: 'unknown-order' };
  const closed = unreportable(order);
  if (closed) return closed;
  const { offer } = order;
  const text = report.text ?? '';
  const structured = new Map((report.claims ?? []).map((c) => [c.attribute, c]));
  const observations: TrustObservation[] = [];
  const base = { brandId: order.brandId, offerId: offer.offerId, sku: offer.product.sku, gtin: offer.product.gtin, orderId };
  for (const [attribute, asserted] of [...claimedAttributes(offer)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const given = structured.get(attribute);
    // Evidence only for what the report names: "not organic" says nothing about the other attributes.
    if (!given && !mentionedInText(text, attribute)) continue;
    const contradicted = given ? !given.held : contradictedInText(text, attribute);
    observations.push(
      contradicted
        ? { kind: 'claim-contradicted', ...base, attribute, asserted: String(asserted), observed: given?.observed ?? `reported by ${report.source}`, stake: offer.price, source: `outcome:${report.source}` }
        : { kind: 'claim-verified', ...base, attribute, asserted: String(asserted), observed: given?.observed ?? String(asserted) },
    );
  }
  const late = report.deliveryDays !== undefined ? report.deliveryDays > offer.terms.deliveryDays : lateInText(text);
  if (report.deliveryDays !== undefined || late) {
    observations.push(
      late
        ? { kind: 'claim-contradicted', ...base, attribute: 'delivery_days', asserted: String(offer.terms.deliveryDays), observed: report.deliveryDays !== undefined ? String(report.deliveryDays) : 'reported late', stake: offer.price, source: `outcome:${report.source}` }
        : { kind: 'claim-verified', ...base, attribute: 'delivery_days', asserted: String(offer.terms.deliveryDays), observed: String(report.deliveryDays ?? offer.terms.deliveryDays) },
    );
  }
  const anyContradiction = observations.some((o) => o.kind === 'claim-contradicted');
  const satisfied = report.satisfied ?? !anyContradiction;
  observations.push({
    kind: 'order-outcome',
    brandId: order.brandId,
    orderId,
    satisfied,
    asDescribed: !anyContradiction,
    stake: offer.price,
    ...(report.needMet === undefined ? {} : { needMet: report.needMet }),
    ...(order.findings === undefined ? {} : { findings: order.findings }),
    note: (report.text ?? (anyContradiction ? 'not as described' : 'as described')).slice(0, 500),
  });
  const now = deps.clock();
  deps.trust.record(observations, now);
  const updated: OrderRecord = {
    ...order,
    status: 'outcome-reported',
    note: report.text ?? order.note,
    ...(report.rating === undefined ? {} : { rating: report.rating, ratedAt: now.toISOString() }),
  };
  deps.memory.saveOrder(updated);
  return { kind: 'recorded', order: updated, observations };
}
