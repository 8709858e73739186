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
  attribute: AttributeNameSchema,
  op: z.enum(['eq', 'neq', 'lte', 'gte', 'in', 'not-in']),
  value: z.union([AttributeValueSchema, z.array(AttributeValueSchema).min(1).max(32)]),
});
export type HardConstraint = z.infer<typeof HardConstraintSchema>;

/** A soft preference: which way an attribute should go and how much it matters (0..1). */
export const SoftPreferenceSchema = z.object({
  attribute: AttributeNameSchema,
  direction: z.enum(['higher', 'lower', 'equals']),
  value: AttributeValueSchema.optional(),
  weight: z.number().min(0).max(1),
});
export type SoftPreference = z.infer<typeof SoftPreferenceSchema>;

/**
 * A request for offers. The budget ceiling is absent unless the person's disclosure level allows it,
 * and `buyerId` is a per-brand pseudonym, never the person's identity.
 */
export const NeedBriefSchema = VersionedSchema.extend({
  requestId: IdSchema,
  buyerId: IdSchema,
  category: CategoryIdSchema,
  hardConstraints: z.array(HardConstraintSchema).max(32),
  softPreferences: z.array(SoftPreferenceSchema).max(32),
  quantity: z.number().int().min(1).max(1000),
  currency: CurrencySchema,
  deliverBy: TimestampSchema.optional(),
  shipToCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
  budgetCeiling: MoneySchema.optional(),
  maxOffers: z.number().int().min(1).max(10).default(3),
  issuedAt: TimestampSchema,
});
export type NeedBrief = z.infer<typeof NeedBriefSchema>;
/** A NeedBrief as written by a sender (defaults may be omitted). */
export type NeedBriefInput = z.input<typeof NeedBriefSchema>;
