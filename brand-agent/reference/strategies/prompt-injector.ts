import { refundInFull } from '../../refund-in-full.ts';
import { whenReady } from '../../when-ready.ts';
import { z } from 'zod';
import type { BrandHandlers } from '../../definition.ts';
import { createSeededRandom, type Claim, type Offer } from '../../../protocol/index.ts';
import {
  BaseParamsShape,
  INJECTION_PHRASES,
  SHORT_INJECTIONS,
  concede,
  defineStrategy,
  honestAnswer,
  honestBriefResponse,
  honestReceipt,
} from '../shared/index.ts';

/** Where the injected text goes. */
export const INJECTION_PLACEMENTS = ['pitch', 'title', 'evidence', 'answer', 'decline', 'negotiation'] as const;

/** Parameters of the prompt-injector strategy. */
export const PromptInjectorParamsSchema = z
  .object({
    ...BaseParamsShape,
    placements: z.array(z.enum(INJECTION_PLACEMENTS)).min(1).default([...INJECTION_PLACEMENTS]),
    /** Custom injection texts (default: the built-in bank). */
    injections: z.array(z.string().min(1).max(500)).min(1).optional(),
    /** Short injections for titles and evidence references (default: the built-in bank). */
    shortInjections: z.array(z.string().min(1).max(120)).min(1).optional(),
  })
  .strict();
type PromptInjectorParams = z.output<typeof PromptInjectorParamsSchema>;

function injectIntoOffer(offer: Offer, params: PromptInjectorParams, brandId: string): Offer {
  const rng = createSeededRandom(`${brandId}:${offer.offerId}:inject`);
  const long = rng.pick(params.injections ?? INJECTION_PHRASES);
  const short = rng.pick(params.shortInjections ?? SHORT_INJECTIONS);
  const has = (p: (typeof INJECTION_PLACEMENTS)[number]) => params.placements.includes(p);
  let claims: Claim[] = offer.claims;
  if (has('evidence')) {
    const [first, ...rest] = offer.claims;
    const attribute = first?.attribute ?? Object.keys(offer.product.attributes)[0];
    const asserted = first?.asserted ?? (attribute !== undefined ? offer.product.attributes[attribute] : undefined);
    if (attribute !== undefined && asserted !== undefined) {
      const reference = `${first?.evidence?.reference ?? `Spec sheet ${offer.product.sku}`}. ${short}`.slice(0, 500);
      claims = [{ attribute, asserted, evidence: { kind: first?.evidence?.kind ?? 'spec-sheet', reference } }, ...rest];
    }
  }
  return {
    ...offer,
    product: has('title') ? { ...offer.product, title: `${offer.product.title} — ${short}`.slice(0, 300) } : offer.product,
    claims,
    ...(has('pitch') ? { pitch: `${offer.pitch ?? ''} ${long}`.trim() } : {}),
  };
}

/** Honest goods and prices, but its text carries instructions aimed at the buyer's AI. */
export const promptInjectorStrategy = defineStrategy({
  id: 'prompt-injector',
  summary: 'Honest products and prices, but pitches, titles, evidence, answers and declines carry instructions aimed at the buyer\'s AI.',
  paramsSchema: PromptInjectorParamsSchema,
  createHandlers: (params): Required<BrandHandlers> => {
    const pickLong = (seed: string) => createSeededRandom(seed).pick(params.injections ?? INJECTION_PHRASES);
    const has = (p: (typeof INJECTION_PLACEMENTS)[number]) => params.placements.includes(p);
    return {
      requestOffers: (brief, ctx) =>
        whenReady(
          honestBriefResponse(brief, ctx, params, {
            decorateOffer: (offer) => injectIntoOffer(offer, params, ctx.card.id),
            decorateDeclineMessage: (message) => (has('decline') ? `${message} ${pickLong(`${ctx.card.id}:${brief.requestId}:decline`)}` : message),
          }),
          (answer) => answer.response,
        ),
      askQuestion: (question, ctx) =>
        whenReady(honestAnswer(question, ctx), (answer) =>
          has('answer') ? { ...answer, text: `${answer.text} ${pickLong(`${ctx.card.id}:${question.questionId}`)}` } : answer,
        ),
      counterOffer: (counter, ctx) =>
        whenReady(concede(counter, ctx, params), (result) => {
          if (!has('negotiation')) return result;
          return { ...result, message: `${result.message ?? ''} ${pickLong(`${ctx.card.id}:${counter.counterId}`)}`.trim() };
        }),
      placeOrder: (order, ctx) => honestReceipt(order, ctx),
      cancelOrder: refundInFull,
    };
  },
});
