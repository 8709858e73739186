import type { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../protocol/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { languageQuery } from '../language-query.ts';
import { exclusionView, purchaseView } from '../purchase-view.ts';
import { readJsonBody } from '../read-json-body.ts';
import { brandText } from '../shopping-view.ts';
import { trustChangeView } from '../trust-change-view.ts';
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

/**
 * Buying: GET /api/offers/:offerId/proposal (the summary to confirm and a single-use confirmation id) and POST
 * /api/purchases (needs `confirm: true` and that id; rate limited). Both answer in the turn's language (`?lang=fr`).
 */
export function registerPurchaseRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;

  app.get('/api/offers/:offerId/proposal', (c) => {
    const offerId = IdSchema.safeParse(c.req.param('offerId'));
    if (!offerId.success) throw new WebError('NOT_FOUND', 'no such offer');
    // The question in the language of the turn the offer came from (`?lang=fr`; English by default).
    const language = languageQuery(c);
    const proposal = session.butler.propose(offerId.data, language);
    if ('kind' in proposal) throw new WebError('NOT_FOUND', 'this offer is unknown; ask the butler again');
    const { offer } = proposal;
    const labels = CHAT_LABELS[language];
    return c.json({
      offerId: offer.offerId,
      brandId: offer.brandId,
      brandName: brandText('brand.name', proposal.brandName, 60),
      title: brandText('product.title', offer.product.title, 300),
      summary: brandText('summary', proposal.summary, 600),
      price: offer.price,
      priceText: proposal.priceText,
      language,
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
    const language = languageQuery(c);
    const body = await readJsonBody(c, PurchaseRequestSchema);
    if (body.confirm !== true) throw new WebError('CONFIRMATION_REQUIRED', 'nothing is bought without the person’s explicit confirmation (confirm: true)');
    if (!ctx.purchaseLimiter.tryTake()) throw new WebError('RATE_LIMITED', 'too many purchase attempts; wait a minute');
    if (!ctx.confirmations.consume(body.confirmationId, body.offerId, ctx.now())) {
      throw new WebError('CONFIRMATION_REQUIRED', 'show the proposal first (GET /api/offers/:offerId/proposal) and confirm that one; confirmations are single use and expire');
    }
    const offer = session.butler.offer(body.offerId);
    const before = offer ? trustNow(session, offer.brandId) : undefined;
    const result = await session.butler.purchase({ offerId: body.offerId, confirmedBy: 'person', channel: 'web', at: session.butler.now().toISOString() });
    const view = purchaseView(result, language, brandNames(session));
    return c.json({ ...view, trust: offer ? trustChangeView(offer.brandId, brandNames(session)(offer.brandId), before, trustNow(session, offer.brandId), language) : undefined });
  });
}
