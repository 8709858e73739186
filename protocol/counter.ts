import { z } from 'zod';
import { OfferSchema, TermsSchema } from './offer.ts';
import { FreeTextSchema, IdSchema, MoneySchema, VersionedSchema } from './primitives.ts';

/** A counter-proposal on an offer's price and/or terms, in negotiation round `round` (1-based). */
export const CounterSchema = VersionedSchema.extend({
  counterId: IdSchema,
  requestId: IdSchema,
  offerId: IdSchema,
  buyerId: IdSchema,
  round: z.number().int().min(1).max(100),
  /** The offer id (or revised offer id) this counter answers. */
  inReplyTo: IdSchema,
  proposedPrice: MoneySchema.optional(),
  proposedTerms: TermsSchema.partial().optional(),
  message: z.string().max(1000).optional(),
}).refine((c) => c.proposedPrice !== undefined || c.proposedTerms !== undefined, {
  message: 'a counter proposes a price, terms, or both',
  path: ['proposedPrice'],
});
export type Counter = z.infer<typeof CounterSchema>;

/** The brand's answer to a counter: accept (revised offer), counter (revised offer), reject, or final offer. */
export const CounterResultSchema = z
  .object({
    counterId: IdSchema,
    inReplyTo: IdSchema,
    round: z.number().int().min(1).max(100),
    outcome: z.enum(['accept', 'counter', 'reject', 'final-offer']),
    offer: OfferSchema.optional(),
    message: FreeTextSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.outcome !== 'reject' && r.offer === undefined) {
      ctx.addIssue({ code: 'custom', path: ['offer'], message: `outcome "${r.outcome}" needs the revised offer` });
    }
    if (r.offer && r.offer.round !== r.round) {
      ctx.addIssue({ code: 'custom', path: ['offer', 'round'], message: 'revised offer must carry the counter round' });
    }
    if (r.inReplyTo !== r.counterId) {
      ctx.addIssue({ code: 'custom', path: ['inReplyTo'], message: 'inReplyTo must name the counter being answered' });
    }
  });
export type CounterResult = z.infer<typeof CounterResultSchema>;
