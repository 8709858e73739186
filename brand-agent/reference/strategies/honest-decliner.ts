import { z } from 'zod';
import { BaseParamsShape, concede, defineStrategy, honestAnswer, honestBriefResponse, honestReceipt } from '../shared/index.ts';
import { refundInFull } from '../../refund-in-full.ts';
import { whenReady } from '../../when-ready.ts';

/** Parameters of the honest decliner: the shared ones plus the preference fit below which it says "not for you". */
export const HonestDeclinerParamsSchema = z
  .object({
    ...BaseParamsShape,
    /** Decline when the best product matches the buyer's soft preferences below this score (0..1). */
    minFitScore: z.number().min(0).max(1).default(0.3),
    /** Show the maker's recommended retail price as the reference price on offers below it (true, never charged above). */
    showRrp: z.boolean().default(false),
  })
  .strict();

/** Honest, and says "not for you" with a reason and a pointer elsewhere when nothing fits well. */
export const honestDeclinerStrategy = defineStrategy({
  id: 'honest-decliner',
  summary: 'Honest; declines with a reason and a helpful suggestion when nothing meets the hard constraints or fits the preferences well.',
  paramsSchema: HonestDeclinerParamsSchema,
  createHandlers: (params) => ({
    requestOffers: (brief, ctx) =>
      whenReady(honestBriefResponse(brief, ctx, params, { suggest: true, minFitScore: params.minFitScore, showRrp: params.showRrp }), (answer) => answer.response),
    askQuestion: (question, ctx) => honestAnswer(question, ctx),
    counterOffer: (counter, ctx) => concede(counter, ctx, params),
    placeOrder: (order, ctx) => honestReceipt(order, ctx),
    cancelOrder: refundInFull,
  }),
});
