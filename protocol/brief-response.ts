import { z } from 'zod';
import { DeclineSchema } from './decline.ts';
import { PROTOCOL_LIMITS } from './limits.ts';
import { OfferSchema } from './offer.ts';
import { IdSchema } from './primitives.ts';

/** A brand's answer to a NeedBrief: offers, or an honest decline. */
export const BriefResponseSchema = z
  .object({
    requestId: IdSchema.describe('The requestId of the brief answered.'),
    outcome: z.enum(['offers', 'decline']).describe('"offers" with at least one offer, or "decline" with a decline and no offers.'),
    offers: z.array(OfferSchema).max(PROTOCOL_LIMITS.maxOffersPerBrief).describe('The offers (empty when declining).'),
    decline: DeclineSchema.optional().describe('The honest "nothing fits", when outcome is "decline".'),
  })
  .superRefine((r, ctx) => {
    if (r.outcome === 'offers' && r.offers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['offers'], message: 'outcome "offers" needs at least one offer' });
    }
    if (r.outcome === 'decline' && (r.decline === undefined || r.offers.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['decline'], message: 'outcome "decline" needs a decline and no offers' });
    }
    for (const [i, offer] of r.offers.entries()) {
      if (offer.requestId !== r.requestId) {
        ctx.addIssue({ code: 'custom', path: ['offers', i, 'requestId'], message: 'offer answers a different request' });
      }
    }
    if (r.decline && r.decline.requestId !== r.requestId) {
      ctx.addIssue({ code: 'custom', path: ['decline', 'requestId'], message: 'decline answers a different request' });
    }
  });
export type BriefResponse = z.infer<typeof BriefResponseSchema>;
