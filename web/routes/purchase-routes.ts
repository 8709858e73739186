import type { Hono } from 'hono';
import { z } from 'zod';
import { describeCancellation, describeUnconfirmedOrder, type PurchaseResult, type SettleResult, type TrustObservation } from '../../agent/butler/index.ts';
import { EXCLUSION_REASONS, formatMoney } from '../../agent/decision/index.ts';
import type { RankingExclusion } from '../../agent/butler/index.ts';
import { IdSchema } from '../../protocol/index.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, LanguageSchema } from '../../agent/language/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { readJsonBody } from '../read-json-body.ts';
import { brandText } from '../shopping-view.ts';
import { brandNames, trustNow, type WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

/** The person's confirmation of a proposal they were shown. */
export const PurchaseRequestSchema = z.object({
  offerId: IdSchema,
  /** The id returned with the proposal: proves the summary was fetched (shown) first. */
  confirmationId: z.string().min(1).max(64),
  /** Must be exactly true: the person pressed "Confirm purchase". */
  confirm: z.boolean(),
});

/** The person's own account of what happened with an order. */
export const OutcomeRequestSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  satisfied: z.boolean().optional(),
  /** How much the person likes what arrived, 1..5 stars (teaches the butler their taste). */
  rating: z.number().int().min(1).max(5).optional(),
});

/** Settling from ground truth takes no input. */
export const SettleRequestSchema = z.object({}).strict();

/** Re-checking an unconfirmed order takes no input. */
export const RecheckRequestSchema = z.object({}).strict();

/** Why the butler will not buy an offer its ranking excluded: each reason's code, its meaning and its detail (which may quote the brand). */
function exclusionView(reasons: RankingExclusion['reasons']) {
  return reasons.map((r) => ({ code: r.code, reason: EXCLUSION_REASONS[r.code], detail: brandText('exclusion.detail', r.detail, 300) }));
}

function purchaseView(result: PurchaseResult) {
  switch (result.kind) {
    case 'purchased':
      return { kind: result.kind, orderId: result.order.orderId, chargedText: formatMoney(result.receipt.charged), brandId: result.order.brandId };
    case 'refused-bait-and-switch':
      return {
        kind: result.kind,
        orderId: result.order.orderId,
        brandId: result.order.brandId,
        mismatches: result.mismatches.map((m) => ({ field: m.field, expected: String(m.expected), actual: String(m.actual) })),
        cancellationText: result.order.cancellation && result.order.receipt ? describeCancellation(result.order.cancellation, result.order.receipt.charged, result.order.mandate.maxAmount) : undefined,
      };
    case 'blocked-by-policy':
      return { kind: result.kind, violations: result.violations.map((v) => ({ rule: v.rule, message: v.message })) };
    case 'already-ordered':
      // Ordering is one per offer (enforced by the database): a second "yes" never orders again.
      throw new WebError('ALREADY_ORDERED', 'this offer was already ordered; see your orders');
    case 'excluded-by-ranking':
      // Not an error of the request: the butler's answer to it, shown like a policy block.
      return { kind: result.kind, offerId: result.offerId, exclusions: exclusionView(result.reasons) };
    case 'not-available':
      return { kind: result.kind, reason: brandText('reason', result.reason, 300) };
    case 'unconfirmed':
      return { kind: result.kind, orderId: result.order.orderId, brandId: result.order.brandId, code: result.error.code, message: brandText('error.message', result.error.message, 300), unconfirmedText: describeUnconfirmedOrder(result.order) };
    case 'failed':
      return { kind: result.kind, code: result.error.code, message: brandText('error.message', result.error.message, 300) };
  }
}

function observationView(o: TrustObservation) {
  return { kind: o.kind, ...('attribute' in o ? { attribute: o.attribute } : {}), ...(o.kind === 'order-outcome' ? { satisfied: o.satisfied } : {}) };
}

function reportView(result: SettleResult, ctx: WebContext, before: ReturnType<typeof trustNow>) {
  if (result.kind === 'unknown-order') throw new WebError('NOT_FOUND', 'no such order');
  if (result.kind === 'invalid-report') throw new WebError('INVALID_BODY', result.message);
  if (result.kind === 'already-reported') throw new WebError('ORDER_CLOSED', 'this order is outcome-reported: its outcome cannot be reported again');
  if (result.kind === 'order-closed') throw new WebError('ORDER_CLOSED', `${result.reason}: its outcome cannot be reported`);
  // Only the built-in demo market has a ground truth; any other brand's order is reported by the person.
  if (result.kind === 'no-ground-truth') throw new WebError('NO_GROUND_TRUTH', 'there is no ground truth for this order (only the demo market has one); report what happened instead');
  const brandId = result.order.brandId;
  return { kind: result.kind, orderId: result.order.orderId, brandId, observations: result.observations.map(observationView), trust: { before, after: trustNow(ctx.session, brandId) } };
}

/**
 * Buying and after-sales: GET /api/offers/:offerId/proposal (the summary to confirm and a single-use confirmation id),
 * POST /api/purchases (needs `confirm: true` and that id; rate limited), GET /api/orders, and per order
 * POST …/report (free text), POST …/settle (the demo market's ground truth) and POST …/recheck (asks the brand again
 * where an unconfirmed order stands; never orders).
 */
export function registerPurchaseRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;

  app.get('/api/offers/:offerId/proposal', (c) => {
    const offerId = IdSchema.safeParse(c.req.param('offerId'));
    if (!offerId.success) throw new WebError('NOT_FOUND', 'no such offer');
    // The question in the language of the turn the offer came from (`?lang=fr`; English by default).
    const language = LanguageSchema.default(DEFAULT_LANGUAGE).safeParse(c.req.query('lang'));
    if (!language.success) throw new WebError('INVALID_QUERY', `lang must be one of ${LANGUAGES.join(', ')}`);
    const proposal = session.butler.propose(offerId.data, language.data);
    if ('kind' in proposal) throw new WebError('NOT_FOUND', 'this offer is unknown; ask the butler again');
    const { offer } = proposal;
    const labels = CHAT_LABELS[language.data];
    return c.json({
      offerId: offer.offerId,
      brandId: offer.brandId,
      brandName: brandText('brand.name', proposal.brandName, 60),
      title: brandText('product.title', offer.product.title, 300),
      summary: brandText('summary', proposal.summary, 600),
      price: offer.price,
      priceText: proposal.priceText,
      labels: labels.confirm,
      termsText: labels.terms(offer.terms.deliveryDays, offer.terms.returnDays, offer.terms.warrantyMonths, offer.validUntil.replace('T', ' ').slice(0, 16)),
      quantity: offer.quantity,
      terms: offer.terms,
      validUntil: offer.validUntil,
      // The butler will refuse to buy it: said before the person confirms (the purchase answers 'excluded-by-ranking').
      ...(proposal.exclusion ? { excluded: exclusionView(proposal.exclusion.reasons) } : {}),
      ...ctx.confirmations.issue(offer.offerId, ctx.now()),
    });
  });

  app.post('/api/purchases', async (c) => {
    const body = await readJsonBody(c, PurchaseRequestSchema);
    if (body.confirm !== true) throw new WebError('CONFIRMATION_REQUIRED', 'nothing is bought without the person’s explicit confirmation (confirm: true)');
    if (!ctx.purchaseLimiter.tryTake()) throw new WebError('RATE_LIMITED', 'too many purchase attempts; wait a minute');
    if (!ctx.confirmations.consume(body.confirmationId, body.offerId, ctx.now())) {
      throw new WebError('CONFIRMATION_REQUIRED', 'show the proposal first (GET /api/offers/:offerId/proposal) and confirm that one; confirmations are single use and expire');
    }
    const offer = session.butler.offer(body.offerId);
    const before = offer ? trustNow(session, offer.brandId) : undefined;
    const result = await session.butler.purchase({ offerId: body.offerId, confirmedBy: 'person', channel: 'web', at: session.butler.now().toISOString() });
    const view = purchaseView(result);
    return c.json({ ...view, trust: offer ? { brandId: offer.brandId, before, after: trustNow(session, offer.brandId) } : undefined });
  });

  app.get('/api/orders', (c) => {
    const nameOf = brandNames(session);
    return c.json({
      orders: session.butler.orders().map((o) => ({
        orderId: o.orderId,
        brandId: o.brandId,
        brandName: nameOf(o.brandId),
        title: brandText('product.title', o.offer.product.title, 300),
        status: o.status,
        placedAt: o.placedAt,
        chargedText: formatMoney(o.receipt?.charged ?? o.offer.price),
      })),
    });
  });

  const orderId = (raw: string) => {
    const parsed = IdSchema.safeParse(raw);
    if (!parsed.success) throw new WebError('NOT_FOUND', 'no such order');
    return parsed.data;
  };

  app.post('/api/orders/:orderId/report', async (c) => {
    const body = await readJsonBody(c, OutcomeRequestSchema);
    const id = orderId(c.req.param('orderId'));
    const order = session.butler.order(id);
    const before = order ? trustNow(session, order.brandId) : undefined;
    return c.json(reportView(session.butler.reportOutcome(id, { text: body.text, ...(body.satisfied === undefined ? {} : { satisfied: body.satisfied }), ...(body.rating === undefined ? {} : { rating: body.rating }), source: 'person' }), ctx, before));
  });

  app.post('/api/orders/:orderId/recheck', async (c) => {
    await readJsonBody(c, RecheckRequestSchema);
    const id = orderId(c.req.param('orderId'));
    if (!ctx.purchaseLimiter.tryTake()) throw new WebError('RATE_LIMITED', 'too many order calls; wait a minute');
    const result = await session.butler.recheckOrder(id);
    if (result.kind === 'unknown-order') throw new WebError('NOT_FOUND', 'no such order');
    if (result.kind === 'not-unconfirmed') throw new WebError('ORDER_CLOSED', `this order is ${result.status}: there is nothing to re-check`);
    return c.json(purchaseView(result));
  });

  app.post('/api/orders/:orderId/settle', async (c) => {
    await readJsonBody(c, SettleRequestSchema);
    const id = orderId(c.req.param('orderId'));
    const order = session.butler.order(id);
    const before = order ? trustNow(session, order.brandId) : undefined;
    return c.json(reportView(session.butler.settle(id), ctx, before));
  });
}
