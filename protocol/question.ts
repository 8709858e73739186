import { z } from 'zod';
import { PROTOCOL_LIMITS } from './limits.ts';
import { ClaimSchema } from './offer.ts';
import { AttributeNameSchema, FreeTextSchema, IdSchema, VersionedSchema } from './primitives.ts';

/** The butler asks about an offer, e.g. "is it waterproof to IPX7?". */
export const QuestionSchema = VersionedSchema.extend({
  questionId: IdSchema,
  requestId: IdSchema,
  offerId: IdSchema,
  buyerId: IdSchema,
  /** The attribute the question is about, when it is about one. */
  attribute: AttributeNameSchema.optional(),
  text: z.string().min(1).max(1000),
});
export type Question = z.infer<typeof QuestionSchema>;

/** The brand's answer; claims in it are checked like the offer's. */
export const AnswerSchema = z.object({
  questionId: IdSchema,
  offerId: IdSchema,
  stance: z.enum(['confirmed', 'denied', 'unknown']),
  text: FreeTextSchema,
  claims: z.array(ClaimSchema).max(PROTOCOL_LIMITS.maxClaims),
});
export type Answer = z.infer<typeof AnswerSchema>;
