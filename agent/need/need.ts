import { z } from 'zod';
import {
  CategoryIdSchema,
  CurrencySchema,
  HardConstraintSchema,
  MoneySchema,
  PROTOCOL_LIMITS,
  SoftPreferenceSchema,
  TimestampSchema,
} from '../../protocol/index.ts';
import { ReadLanguageSchema } from '../language/index.ts';

/** Most constraints or preferences one need carries (the NeedBrief's own limit). */
export const MAX_NEED_RULES = 32;

const needFields = {
  category: CategoryIdSchema,
  hardConstraints: z.array(HardConstraintSchema).max(MAX_NEED_RULES),
  softPreferences: z.array(SoftPreferenceSchema).max(MAX_NEED_RULES),
  quantity: z.number().int().min(1).max(1000),
  /** The person's private ceiling for the whole order (all units); never sent to brands by default. */
  budget: MoneySchema.optional(),
  /**
   * "max 100, 150 if it's Sony": a higher ceiling that holds only for an offer meeting every rule of `condition`
   * (`applicableBudget`); any other offer stays within `budget`. Private like the budget: never sent to brands.
   */
  budgetStretch: z.object({ amount: MoneySchema, condition: z.array(HardConstraintSchema).min(1).max(8) }).optional(),
  currency: CurrencySchema,
  /** Latest acceptable delivery time, ISO 8601 UTC. */
  deadline: TimestampSchema.optional(),
  /** The person's own words, as typed (clarifying answers appended after " / "). */
  text: z.string().max(PROTOCOL_LIMITS.maxTextLength),
  /** Whom it is for, when the request says so ("a present for my sister", "pour un enfant de 10 ans"): a person, not a category. */
  recipient: z
    .object({
      gift: z.boolean(),
      who: z.string().min(1).max(40).optional(),
      ageYears: z.number().int().min(0).max(120).optional(),
      occasion: z.string().min(1).max(40).optional(),
    })
    .optional(),
  /**
   * The language the request is written in, so the butler answers in it (`answerLanguage`: English for one it reads
   * but does not speak); absent means English.
   */
  language: ReadLanguageSchema.optional(),
};

/**
 * What the person wants, typed: category, hard constraints, weighted soft preferences, quantity, private budget,
 * currency and deadline. Soft preferences may use the pseudo-attributes `price` (value in minor units of `currency`),
 * `delivery_days`, `return_days` and `warranty_months`, which refer to the offer rather than the product.
 */
export const NeedSchema = z
  .object(needFields)
  .refine((need) => need.budget === undefined || need.budget.currency === need.currency, {
    message: 'the budget must be in the need currency',
    path: ['budget'],
  })
  .refine((need) => need.budgetStretch === undefined || (need.budget !== undefined && need.budgetStretch.amount.currency === need.currency && need.budgetStretch.amount.amountMinor > need.budget.amountMinor), {
    message: 'a budget stretch needs a budget below it, in the need currency',
    path: ['budgetStretch'],
  });
export type Need = z.infer<typeof NeedSchema>;

/** A need still being built (e.g. while a clarifying question is pending): everything but the text may be missing. */
export const PartialNeedSchema = z.object({
  ...needFields,
  category: needFields.category.optional(),
  hardConstraints: needFields.hardConstraints.default([]),
  softPreferences: needFields.softPreferences.default([]),
  quantity: needFields.quantity.optional(),
  currency: needFields.currency.optional(),
});
export type PartialNeed = z.infer<typeof PartialNeedSchema>;
