import { z } from 'zod';
import { OfferSchema, TermsSchema } from './offer.ts';
import { FreeTextSchema, IdSchema, MoneySchema, VersionedSchema } from './primitives.ts';

/** A counter-proposal on an offer's price and/or terms, in negotiation round `round` (1-based). */
export const CounterSchema = VersionedSchema.extend({
  counterId: IdSchema.describe('Identifies this counter; the result echoes it.'),
  requestId: IdSchema.describe('The brief the offer answered.'),
  offerId: IdSchema.describe('The ORIGINAL offer id (round 0), in every round.'),
  buyerId: IdSchema.describe('The per-brand buyer pseudonym.'),
  round: z.number().int().min(1).max(100).describe('1 for the first counter on an offer, then the previous round + 1.'),
  /** The offer id (or revised offer id) this counter answers. */
  inReplyTo: IdSchema.describe('The offerId of the latest revision: the original offer in round 1, then the last revised offer.'),
  proposedPrice: MoneySchema.optional().describe('The total price the butler proposes.'),
  proposedTerms: TermsSchema.partial().optional().describe('Terms the butler proposes (any subset).'),
  message: z.string().max(1000).optional().describe('A short note to the brand.'),
}).refine((c) => c.proposedPrice !== undefined || c.proposedTerms !== undefined, {
  message: 'a counter proposes a price, terms, or both',
  path: ['proposedPrice'],
});
export type Counter = z.infer<typeof CounterSchema>;

/** The brand's answer to a counter: accept (revised offer), counter (revised offer), reject, or final offer. */
export const CounterResultSchema = z
  .object({
    counterId: IdSchema.describe('The counterId answered.'),
    inReplyTo: IdSchema.describe('Must equal counterId.'),
    round: z.number().int().min(1).max(100).describe("The counter's round."),
    outcome: z.enum(['accept', 'counter', 'reject', 'final-offer']).describe('accept, counter (new proposal), final-offer (last word) or reject (no revision).'),
    offer: OfferSchema.optional().describe('The revised offer (new offerId, round = this round, inReplyTo = counterId); required unless outcome is reject.'),
    message: FreeTextSchema.optional().describe('A short note to the person (brand text).'),
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
