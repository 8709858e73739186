import { z } from 'zod';
import { FreeTextSchema, IdSchema } from './primitives.ts';

/** An honest "not for you": the brand has nothing that fits, and says so. */
export const DeclineSchema = z.object({
  requestId: IdSchema.describe('The requestId of the brief declined.'),
  brandId: IdSchema.describe("The brand's card id."),
  reason: z.enum(['no-fit', 'out-of-stock', 'not-our-category', 'cannot-deliver-in-time', 'other']).describe('Why nothing fits.'),
  message: FreeTextSchema.describe('A short explanation for the person (brand text).'),
  /** Optional pointer to a better kind of product (not a sale). */
  suggestion: FreeTextSchema.optional().describe('Optional pointer to a better kind of product (not a sale).'),
});
export type Decline = z.infer<typeof DeclineSchema>;
