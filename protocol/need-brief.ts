import { z } from 'zod';
import {
  AttributeNameSchema,
  AttributeValueSchema,
  CategoryIdSchema,
  CurrencySchema,
  IdSchema,
  MoneySchema,
  TimestampSchema,
  VersionedSchema,
} from './primitives.ts';

/** A hard constraint the product must satisfy (e.g. size_eu eq 43, maker not-in ["Sony"]). */
export const HardConstraintSchema = z.object({
  attribute: AttributeNameSchema.describe('The attribute constrained, e.g. "size_eu", or "maker".'),
  op: z.enum(['eq', 'neq', 'lte', 'gte', 'in', 'not-in']).describe('How the product value compares with `value` (in / not-in take a list).'),
  value: z.union([AttributeValueSchema, z.array(AttributeValueSchema).min(1).max(32)]).describe('The value (or list of values) to compare with.'),
});
export type HardConstraint = z.infer<typeof HardConstraintSchema>;

/** A soft preference: which way an attribute should go and how much it matters (0..1). */
export const SoftPreferenceSchema = z.object({
  attribute: AttributeNameSchema.describe('The attribute the person cares about.'),
  direction: z.enum(['higher', 'lower', 'equals']).describe('Which way is better: higher, lower, or equal to `value`.'),
  value: AttributeValueSchema.optional().describe('The preferred value (for direction "equals").'),
  weight: z.number().min(0).max(1).describe('How much it matters, 0..1.'),
});
export type SoftPreference = z.infer<typeof SoftPreferenceSchema>;

/**
 * A request for offers. The budget ceiling is absent unless the person's disclosure level allows it,
 * and `buyerId` is a per-brand pseudonym, never the person's identity.
 */
export const NeedBriefSchema = VersionedSchema.extend({
  requestId: IdSchema.describe('Identifies this brief; offers and declines echo it.'),
  buyerId: IdSchema.describe("A per-brand pseudonym of the buyer, never the person's identity."),
  category: CategoryIdSchema.describe('The product category asked for.'),
  hardConstraints: z.array(HardConstraintSchema).max(32).describe('Requirements every offer must meet; an offer violating one counts as pressure.'),
  softPreferences: z.array(SoftPreferenceSchema).max(32).describe('Preferences that rank the offers that meet the constraints.'),
  quantity: z.number().int().min(1).max(1000).describe('Units wanted.'),
  currency: CurrencySchema.describe('The currency offers must be priced in.'),
  deliverBy: TimestampSchema.optional().describe('Latest acceptable delivery time, when the person has a deadline.'),
  shipToCountry: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2 country to deliver to.'),
  budgetCeiling: MoneySchema.optional().describe("The person's budget, only when their disclosure setting allows it (absent by default)."),
  maxOffers: z.number().int().min(1).max(10).default(3).describe('At most this many offers; offers beyond it are dropped and noted.'),
  issuedAt: TimestampSchema.describe('When the brief was issued (UTC).'),
});
export type NeedBrief = z.infer<typeof NeedBriefSchema>;
/** A NeedBrief as written by a sender (defaults may be omitted). */
export type NeedBriefInput = z.input<typeof NeedBriefSchema>;
