import { z } from 'zod';
import { MandateSchema, MoneySchema, OfferSchema, ReceiptSchema } from '../../protocol/index.ts';
import { FindingCodeSchema, MAX_ORDER_FINDINGS } from '../trust/index.ts';

/** The stored form of an order record, parsed back with zod (never cast). */
export const OrderRecordSchema = z.object({
  orderId: z.string(),
  requestId: z.string(),
  brandId: z.string(),
  offer: OfferSchema,
  mandate: MandateSchema,
  receipt: ReceiptSchema.optional(),
  status: z.enum(['placed', 'refused-bait-and-switch', 'unconfirmed', 'failed', 'outcome-reported']),
  placedAt: z.string(),
  note: z.string().optional(),
  rating: z.number().int().min(1).max(5).optional(),
  ratedAt: z.string().optional(),
  findings: z.array(FindingCodeSchema).max(MAX_ORDER_FINDINGS).optional(),
  cancellation: z
    .object({
      outcome: z.enum(['cancelled', 'refused', 'failed', 'not-supported']),
      refund: MoneySchema.optional(),
      message: z.string().optional(),
      at: z.string(),
    })
    .optional(),
  release: z.object({ statement: z.literal('nothing-charged'), by: z.literal('person'), channel: z.enum(['terminal', 'web']), at: z.string() }).optional(),
});
