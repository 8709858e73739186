import type { Hono } from 'hono';
import { z } from 'zod';
import type { ReleaseResult, SettleResult, TrustObservation } from '../../agent/butler/index.ts';
import { AFTER_PURCHASE_MESSAGES } from '../../agent/butler/index.ts';
import type { Language } from '../../agent/language/index.ts';
import { IdSchema } from '../../protocol/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { languageQuery } from '../language-query.ts';
import { purchaseView } from '../purchase-view.ts';
import { readJsonBody } from '../read-json-body.ts';
import { brandText } from '../shopping-view.ts';
import { trustChangeView } from '../trust-change-view.ts';
import { brandNames, trustNow, type WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

/** The person's own account of what happened with an order. */
export const OutcomeRequestSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  satisfied: z.boolean().optional(),
  /**
   * Did what arrived do the job it was bought for (every hard requirement met), even if something was not as described?
   * Absent: not said (the butler reads a failed delivery as one that missed the need, as before).
   */
  needMet: z.boolean().optional(),
  /** How much the person likes what arrived, 1..5 stars (teaches the butler their taste). */
  rating: z.number().int().min(1).max(5).optional(),
});

/** Settling from ground truth takes no input. */
export const SettleRequestSchema = z.object({}).strict();

/** Re-checking an unconfirmed order takes no input. */
export const RecheckRequestSchema = z.object({}).strict();

/** The person's statement that an unconfirmed order charged nothing: exactly that statement, nothing else. */
export const ReleaseRequestSchema = z.object({ statement: z.literal('nothing-charged') }).strict();

function observationView(o: TrustObservation) {
  return { kind: o.kind, ...('attribute' in o ? { attribute: o.attribute } : {}), ...(o.kind === 'order-outcome' ? { satisfied: o.satisfied, ...(o.needMet === undefined ? {} : { needMet: o.needMet }) } : {}) };
}

/** One line per recorded observation, as the person reads it in their language. */
function observationLine(o: TrustObservation, language: Language): string {
  return CHAT_LABELS[language].observation(o.kind, 'attribute' in o ? o.attribute : undefined, o.kind === 'order-outcome' ? o.satisfied : undefined);
}

function reportView(result: SettleResult, ctx: WebContext, before: ReturnType<typeof trustNow>, language: Language) {
  if (result.kind === 'unknown-order') throw new WebError('NOT_FOUND', 'no such order');
  if (result.kind === 'invalid-report') throw new WebError('INVALID_BODY', result.message);
  if (result.kind === 'already-reported') throw new WebError('ORDER_CLOSED', 'this order is outcome-reported: its outcome cannot be reported again');
  if (result.kind === 'order-closed') throw new WebError('ORDER_CLOSED', `${result.reason}: its outcome cannot be reported`);
  // Only the built-in demo market has a ground truth; any other brand's order is reported by the person.
  if (result.kind === 'no-ground-truth') throw new WebError('NO_GROUND_TRUTH', 'there is no ground truth for this order (only the demo market has one); report what happened instead');
  const brandId = result.order.brandId;
  return {
    kind: result.kind,
    orderId: result.order.orderId,
    brandId,
    recordedText: CHAT_LABELS[language].recorded(result.observations.length),
    observations: result.observations.map(observationView),
    lines: result.observations.map((o) => observationLine(o, language)),
    trust: trustChangeView(brandId, brandNames(ctx.session)(brandId), before, trustNow(ctx.session, brandId), language),
  };
}

function releaseView(result: ReleaseResult, language: Language) {
  if (result.kind === 'unknown-order') throw new WebError('NOT_FOUND', 'no such order');
  if (result.kind === 'not-unconfirmed') throw new WebError('ORDER_CLOSED', `this order is ${result.status}: only an unconfirmed order can be released`);
  if (result.kind === 'already-released') throw new WebError('ORDER_CLOSED', 'you already said nothing was charged for this order');
  const say = AFTER_PURCHASE_MESSAGES[language];
  return { kind: result.kind, orderId: result.order.orderId, release: result.order.release, text: say.released(result.order.orderId, say.money(result.order.mandate.maxAmount)) };
}

/**
 * After-sales, per order: GET /api/orders, POST …/report (free text, and whether it did the job: `needMet`), POST
 * …/settle (the demo market's ground truth), POST …/recheck (asks the brand again where an unconfirmed order stands;
 * never orders) and POST …/release (the person's word that an unconfirmed order charged nothing). Each answers in the
 * page's language (`?lang=fr`).
 */
export function registerOrderRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;

  app.get('/api/orders', (c) => {
    const money = AFTER_PURCHASE_MESSAGES[languageQuery(c)].money;
    const nameOf = brandNames(session);
    return c.json({
      orders: session.butler.orders().map((o) => ({
        orderId: o.orderId,
        brandId: o.brandId,
        brandName: nameOf(o.brandId),
        title: brandText('product.title', o.offer.product.title, 300),
        status: o.status,
        placedAt: o.placedAt,
        chargedText: money(o.receipt?.charged ?? o.offer.price),
        ...(o.release ? { release: o.release } : {}),
      })),
    });
  });

  const orderId = (raw: string) => {
    const parsed = IdSchema.safeParse(raw);
    if (!parsed.success) throw new WebError('NOT_FOUND', 'no such order');
    return parsed.data;
  };

  app.post('/api/orders/:orderId/report', async (c) => {
    const language = languageQuery(c);
    const body = await readJsonBody(c, OutcomeRequestSchema);
    const id = orderId(c.req.param('orderId'));
    const order = session.butler.order(id);
    const before = order ? trustNow(session, order.brandId) : undefined;
    const report = {
      text: body.text,
      source: 'person' as const,
      ...(body.satisfied === undefined ? {} : { satisfied: body.satisfied }),
      ...(body.needMet === undefined ? {} : { needMet: body.needMet }),
      ...(body.rating === undefined ? {} : { rating: body.rating }),
    };
    return c.json(reportView(session.butler.reportOutcome(id, report), ctx, before, language));
  });

  app.post('/api/orders/:orderId/recheck', async (c) => {
    const language = languageQuery(c);
    await readJsonBody(c, RecheckRequestSchema);
    const id = orderId(c.req.param('orderId'));
    if (!ctx.purchaseLimiter.tryTake()) throw new WebError('RATE_LIMITED', 'too many order calls; wait a minute');
    const result = await session.butler.recheckOrder(id);
    if (result.kind === 'unknown-order') throw new WebError('NOT_FOUND', 'no such order');
    if (result.kind === 'not-unconfirmed') throw new WebError('ORDER_CLOSED', `this order is ${result.status}: there is nothing to re-check`);
    return c.json(purchaseView(result, language, brandNames(session)));
  });

  app.post('/api/orders/:orderId/release', async (c) => {
    const language = languageQuery(c);
    const body = await readJsonBody(c, ReleaseRequestSchema);
    const id = orderId(c.req.param('orderId'));
    return c.json(releaseView(session.butler.releaseOrder(id, { statement: body.statement, by: 'person', channel: 'web', at: session.butler.now().toISOString() }), language));
  });

  app.post('/api/orders/:orderId/settle', async (c) => {
    const language = languageQuery(c);
    await readJsonBody(c, SettleRequestSchema);
    const id = orderId(c.req.param('orderId'));
    const order = session.butler.order(id);
    const before = order ? trustNow(session, order.brandId) : undefined;
    return c.json(reportView(session.butler.settle(id), ctx, before, language));
  });
}
