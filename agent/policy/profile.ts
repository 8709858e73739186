import { z } from 'zod';
import { CurrencySchema, IdSchema, MoneySchema } from '../../protocol/index.ts';

/** Values a person can hold; each maps to attributes the butler enforces where a category has them. */
export const PERSONAL_VALUES = {
  vegan: { 'running-shoes': { attribute: 'vegan', value: true } },
  organic: { coffee: { attribute: 'organic', value: true } },
  'fair-trade': { coffee: { attribute: 'fair_trade', value: true } },
  'recycled-materials': { 'running-shoes': { attribute: 'recycled_materials', value: true } },
} as const;

/** A value the person holds. */
export type PersonalValue = keyof typeof PERSONAL_VALUES;

/** How much the butler may tell brands: by default only what the need requires, never the budget or identity. */
export const DISCLOSURE_LEVELS = ['minimal', 'share-budget'] as const;

/** The person's standing preferences and hard rules, stored in SQLite and enforced in code. */
export const ProfileSchema = z.object({
  currency: CurrencySchema.default('EUR'),
  /** ISO country the person lives in (coarse enough to share for delivery). */
  country: z.string().regex(/^[A-Z]{2}$/).default('FR'),
  spendCapPerOrder: MoneySchema.default({ amountMinor: 50_000, currency: 'EUR' }),
  spendCapPerMonth: MoneySchema.default({ amountMinor: 150_000, currency: 'EUR' }),
  bannedBrands: z.array(IdSchema).max(500).default([]),
  values: z.array(z.enum(Object.keys(PERSONAL_VALUES) as [PersonalValue, ...PersonalValue[]])).max(16).default([]),
  disclosure: z.enum(DISCLOSURE_LEVELS).default('minimal'),
  /** 0 = never show an option outside the usual bubble, 1 = show one as often as allowed. */
  explorationAppetite: z.number().min(0).max(1).default(0.2),
  /** Honesty trust below which a brand is never recommended (0..1). */
  honestyFloor: z.number().min(0).max(1).optional(),
  /**
   * Whether a brand caught saying something false (a failed check on the person's record) may be recommended again
   * once clean checks outweigh it (true, the default: the decision stays the best one for the person's money), or
   * never again (false: it is no longer recommended, whatever it offers, so lying never pays in the person's market;
   * it costs the person the liar's honest-spell bargains).
   */
  secondChances: z.boolean().default(true),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** The default profile of a new install. */
export function defaultProfile(): Profile {
  return ProfileSchema.parse({});
}
