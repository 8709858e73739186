import { z } from 'zod';
import { BaseParamsShape, concede, defineStrategy, honestAnswer, honestBriefResponse, honestReceipt } from '../shared/index.ts';
import { refundInFull } from '../../refund-in-full.ts';
import { whenReady } from '../../when-ready.ts';

/** Parameters of the honest strategy: the shared ones, and whether it shows the maker's RRP when selling below it. */
export const HonestParamsSchema = z
  .object({
    ...BaseParamsShape,
    /** Show the maker's recommended retail price as the reference price on offers below it (true, never charged above). */
    showRrp: z.boolean().default(false),
  })
  .strict();

/** Offers only what fits, states the truth, concedes fairly down to a floor, charges what it offered. */
export const honestStrategy = defineStrategy({
  id: 'honest',
  summary: 'Offers only products that meet the hard constraints, with true claims and calm text; concedes fairly; receipts match offers.',
  paramsSchema: HonestParamsSchema,
  createHandlers: (params) => ({
    requestOffers: (brief, ctx) => whenReady(honestBriefResponse(brief, ctx, params, { showRrp: params.showRrp }), (answer) => answer.response),
    askQuestion: (question, ctx) => honestAnswer(question, ctx),
    counterOffer: (counter, ctx) => concede(counter, ctx, params),
    placeOrder: (order, ctx) => honestReceipt(order, ctx),
    cancelOrder: refundInFull,
  }),
});
