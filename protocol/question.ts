import { z } from 'zod';
import { PROTOCOL_LIMITS } from './limits.ts';
import { ClaimSchema } from './offer.ts';
import { AttributeNameSchema, FreeTextSchema, IdSchema, VersionedSchema } from './primitives.ts';

/** The butler asks about an offer, e.g. "is it waterproof to IPX7?". */
export const QuestionSchema = VersionedSchema.extend({
  questionId: IdSchema.describe('Identifies the question; the answer echoes it.'),
  requestId: IdSchema.describe('The brief the offer answered.'),
  offerId: IdSchema.describe("The brand's id of the offer asked about."),
  buyerId: IdSchema.describe('The per-brand buyer pseudonym.'),
  /** The attribute the question is about, when it is about one. */
  attribute: AttributeNameSchema.optional().describe("The attribute the question asks the brand to confirm (the offer's own statement), when it is about one."),
  text: z.string().min(1).max(1000).describe('The question in words.'),
});
export type Question = z.infer<typeof QuestionSchema>;

/** The brand's answer; claims in it are checked like the offer's. */
export const AnswerSchema = z.object({
  questionId: IdSchema.describe('The questionId answered.'),
  offerId: IdSchema.describe('The offerId asked about.'),
  stance: z.enum(['confirmed', 'denied', 'unknown']).describe("Whether the offer's statement about the attribute holds; \"unknown\" about a stated or required attribute is evasive."),
  text: FreeTextSchema.describe('The answer in words (brand text).'),
  claims: z.array(ClaimSchema).max(PROTOCOL_LIMITS.maxClaims).describe('The values the answer states; the answer is judged by them.'),
});
export type Answer = z.infer<typeof AnswerSchema>;
