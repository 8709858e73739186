import { z } from 'zod';
import { TermsSchema } from './offer.ts';
import { IdSchema, MoneySchema, TimestampSchema, VersionedSchema } from './primitives.ts';

/** The person's authorisation for one purchase: bounded amount, expiry, and the exact accepted terms (by hash). */
export const MandateSchema = z.object({
  mandateId: IdSchema.describe('Identifies the authorisation.'),
  offerId: IdSchema.describe('The exact offer revision authorised; must equal the order offerId.'),
  maxAmount: MoneySchema.describe('The most the person allows to be charged.'),
  expiresAt: TimestampSchema.describe('After this time the mandate is void (MANDATE_EXPIRED).'),
  /** sha256 (hex) of the canonical accepted offer terms; see `hashOfferTerms`. */
  termsHash: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 (lowercase hex) of the canonical terms of the accepted offer; see "The terms hash".'),
  issuedAt: TimestampSchema.describe('When the person gave the authorisation.'),
});
export type Mandate = z.infer<typeof MandateSchema>;

/** An order placed under a mandate; the idempotency key makes retries safe. */
export const OrderSchema = VersionedSchema.extend({
  idempotencyKey: z.string().min(16).max(128).regex(/^[A-Za-z0-9._:-]+$/).describe('Makes retries safe: the same key and order return the same receipt; a different order is IDEMPOTENCY_CONFLICT.'),
  requestId: IdSchema.describe('The brief the offer answered.'),
  offerId: IdSchema.describe('The offer revision ordered.'),
  buyerId: IdSchema.describe('The per-brand buyer pseudonym.'),
  quantity: z.number().int().min(1).max(1000).describe("Units ordered; must equal the offer's quantity."),
  mandate: MandateSchema.describe("The person's authorisation for exactly this offer."),
});
export type Order = z.infer<typeof OrderSchema>;

/** The brand's receipt: what was actually charged and on which terms. */
export const ReceiptSchema = z.object({
  orderId: IdSchema.describe("The brand's order id."),
  offerId: IdSchema.describe('The offer revision ordered (echoes the order).'),
  idempotencyKey: z.string().min(16).max(128).describe('Echoes the order.'),
  brandId: IdSchema.describe("The brand's card id."),
  sku: IdSchema.describe("The SKU shipped; must be the offer's."),
  quantity: z.number().int().min(1).max(1000).describe('Echoes the order.'),
  charged: MoneySchema.describe("What was charged; must equal the offer's price (never above the mandate)."),
  terms: TermsSchema.describe("The terms applied; must equal the offer's."),
  placedAt: TimestampSchema.describe('When the order was placed.'),
  /** sha256 of the canonical terms actually applied (equals the mandate's when honest). */
  termsHash: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the terms applied, with `charged` under "price"; equals the mandate\'s when honest.'),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** Looks up an order's receipt by idempotency key. */
export const OrderStatusRequestSchema = VersionedSchema.extend({
  idempotencyKey: z.string().min(16).max(128).describe('The key the order was placed with.'),
  buyerId: IdSchema.describe('The buyer who placed it; another buyer gets UNKNOWN_ORDER.'),
});
export type OrderStatusRequest = z.infer<typeof OrderStatusRequestSchema>;
