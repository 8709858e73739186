import { z } from 'zod';
import { TermsSchema } from './offer.ts';
import { IdSchema, MoneySchema, TimestampSchema, VersionedSchema } from './primitives.ts';

/** The person's authorisation for one purchase: bounded amount, expiry, and the exact accepted terms (by hash). */
export const MandateSchema = z.object({
  mandateId: IdSchema,
  offerId: IdSchema,
  maxAmount: MoneySchema,
  expiresAt: TimestampSchema,
  /** sha256 (hex) of the canonical accepted offer terms; see `hashOfferTerms`. */
  termsHash: z.string().regex(/^[0-9a-f]{64}$/),
  issuedAt: TimestampSchema,
});
export type Mandate = z.infer<typeof MandateSchema>;

/** An order placed under a mandate; the idempotency key makes retries safe. */
export const OrderSchema = VersionedSchema.extend({
  idempotencyKey: z.string().min(16).max(128).regex(/^[A-Za-z0-9._:-]+$/),
  requestId: IdSchema,
  offerId: IdSchema,
  buyerId: IdSchema,
  quantity: z.number().int().min(1).max(1000),
  mandate: MandateSchema,
});
export type Order = z.infer<typeof OrderSchema>;

/** The brand's receipt: what was actually charged and on which terms. */
export const ReceiptSchema = z.object({
  orderId: IdSchema,
  offerId: IdSchema,
  idempotencyKey: z.string().min(16).max(128),
  brandId: IdSchema,
  sku: IdSchema,
  quantity: z.number().int().min(1).max(1000),
  charged: MoneySchema,
  terms: TermsSchema,
  placedAt: TimestampSchema,
  /** sha256 of the canonical terms actually applied (equals the mandate's when honest). */
  termsHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** Looks up an order's receipt by idempotency key. */
export const OrderStatusRequestSchema = VersionedSchema.extend({
  idempotencyKey: z.string().min(16).max(128),
  buyerId: IdSchema,
});
export type OrderStatusRequest = z.infer<typeof OrderStatusRequestSchema>;
