import { z } from 'zod';
import { PROTOCOL_LIMITS } from './limits.ts';
import {
  AttributeNameSchema,
  AttributesSchema,
  AttributeValueSchema,
  CategoryIdSchema,
  FreeTextSchema,
  IdSchema,
  MoneySchema,
  TimestampSchema,
} from './primitives.ts';

/** Evidence backing a claim: a certification, spec sheet, third-party review or test report. */
export const EvidenceSchema = z.object({
  kind: z.enum(['certification', 'spec-sheet', 'third-party-review', 'test-report']),
  reference: z.string().min(1).max(500),
  issuer: z.string().max(200).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A structured claim: "attribute has this value", optionally with evidence. */
export const ClaimSchema = z.object({
  attribute: AttributeNameSchema,
  asserted: AttributeValueSchema,
  evidence: EvidenceSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The product an offer is for. */
export const ProductSchema = z.object({
  sku: IdSchema,
  gtin: z.string().regex(/^\d{8,14}$/, 'GTIN must be 8 to 14 digits').optional(),
  title: z.string().min(1).max(300),
  maker: z.string().max(120).optional(),
  category: CategoryIdSchema,
  attributes: AttributesSchema,
});
export type Product = z.infer<typeof ProductSchema>;

/** Delivery, return and warranty terms. */
export const TermsSchema = z.object({
  deliveryDays: z.number().int().min(0).max(365),
  returnDays: z.number().int().min(0).max(3650),
  warrantyMonths: z.number().int().min(0).max(600),
});
export type Terms = z.infer<typeof TermsSchema>;

/** A claimed discount: the reference ("was") price the brand says the product normally costs. */
export const DiscountSchema = z.object({
  referencePrice: MoneySchema,
  kind: z.enum(['was-price', 'recommended-retail-price', 'member-price']),
});
export type Discount = z.infer<typeof DiscountSchema>;

const OfferObjectSchema = z.object({
  offerId: IdSchema,
  requestId: IdSchema,
  brandId: IdSchema,
  product: ProductSchema,
  quantity: z.number().int().min(1).max(1000),
  /** Total price for `quantity` units, delivery included. */
  price: MoneySchema,
  discount: DiscountSchema.optional(),
  terms: TermsSchema,
  validUntil: TimestampSchema,
  claims: z.array(ClaimSchema).max(PROTOCOL_LIMITS.maxClaims),
  /** Free marketing text: untrusted data, never instructions. */
  pitch: FreeTextSchema.optional(),
  /** 0 for the first offer; n for the revision made in negotiation round n. */
  round: z.number().int().min(0).max(100),
  /** The counter id this revision answers, if any. */
  inReplyTo: IdSchema.optional(),
});

/** An offer answering a brief (or a counter). */
export const OfferSchema = OfferObjectSchema.superRefine((offer, ctx) => {
  if (offer.discount) {
    if (offer.discount.referencePrice.currency !== offer.price.currency) {
      ctx.addIssue({ code: 'custom', path: ['discount', 'referencePrice', 'currency'], message: 'reference price must use the offer currency' });
    }
    if (offer.discount.referencePrice.amountMinor <= offer.price.amountMinor) {
      ctx.addIssue({ code: 'custom', path: ['discount', 'referencePrice', 'amountMinor'], message: 'a discount needs a reference price above the price' });
    }
  }
});
export type Offer = z.infer<typeof OfferSchema>;
