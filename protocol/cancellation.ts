import { z } from 'zod';
import { FreeTextSchema, IdSchema, MoneySchema, TimestampSchema, VersionedSchema } from './primitives.ts';

/** Why the butler asks a brand to cancel an order. */
export const CANCEL_REASONS = ['receipt_mismatch', 'not_delivered', 'not_as_described', 'changed_mind'] as const;

/** One reason for a cancellation request. */
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Protocol 1.1 (capability `cancellations`): the buyer asks the brand to cancel one of its orders and refund it. */
export const CancelOrderSchema = VersionedSchema.extend({
  orderId: IdSchema.describe("The brand's order id, from the receipt."),
  buyerId: IdSchema.describe('The buyer who placed the order; another buyer gets UNKNOWN_ORDER.'),
  reason: z
    .enum(CANCEL_REASONS)
    .describe('receipt_mismatch (the receipt differs from the accepted offer: bait-and-switch), not_delivered, not_as_described or changed_mind.'),
  details: FreeTextSchema.optional().describe('What is wrong, in words (e.g. the receipt fields that differ).'),
});
export type CancelOrder = z.infer<typeof CancelOrderSchema>;

/** The brand's decision on a cancellation request; the same decision is returned to every repeat of the request. */
export const CancellationSchema = z
  .object({
    orderId: IdSchema.describe('Echoes the request.'),
    status: z.enum(['cancelled', 'refused']).describe('cancelled (the order is void and `refund` is paid back) or refused (the order stands; say why in `message`).'),
    reason: z.enum(CANCEL_REASONS).describe('Echoes the reason of the first request for this order.'),
    refund: MoneySchema.optional().describe("Required when cancelled: the amount paid back, in the receipt's currency, at most what was charged."),
    message: FreeTextSchema.optional().describe('A note to the person (brand text); required when refused.'),
    decidedAt: TimestampSchema.describe('When the brand decided.'),
  })
  .superRefine((c, ctx) => {
    if (c.status === 'cancelled' && c.refund === undefined) ctx.addIssue({ code: 'custom', path: ['refund'], message: 'a cancelled order states its refund' });
    if (c.status === 'refused' && c.refund !== undefined) ctx.addIssue({ code: 'custom', path: ['refund'], message: 'a refused cancellation refunds nothing' });
    if (c.status === 'refused' && !c.message) ctx.addIssue({ code: 'custom', path: ['message'], message: 'a refused cancellation says why' });
  });
export type Cancellation = z.infer<typeof CancellationSchema>;
