import { z } from 'zod';
import { FreeTextSchema, IdSchema } from './primitives.ts';

/** An honest "not for you": the brand has nothing that fits, and says so. */
export const DeclineSchema = z.object({
  requestId: IdSchema,
  brandId: IdSchema,
  reason: z.enum(['no-fit', 'out-of-stock', 'not-our-category', 'cannot-deliver-in-time', 'other']),
  message: FreeTextSchema,
  /** Optional pointer to a better kind of product (not a sale). */
  suggestion: FreeTextSchema.optional(),
});
export type Decline = z.infer<typeof DeclineSchema>;
