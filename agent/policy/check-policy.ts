import type { Money, Offer } from '../../protocol/index.ts';
import { canonicalCategoryId, exceedsBudget, formatMoney, productAttribute } from '../../protocol/index.ts';
import { PERSONAL_VALUES, type PersonalValue, type Profile } from './profile.ts';

/** Why a policy forbids an offer. */
export interface PolicyViolation {
  readonly rule: PolicyRule;
  readonly message: string;
  /** The value an offer does not meet (rule `value`). */
  readonly value?: PersonalValue | undefined;
}

/** The person's rules an offer can break. */
export type PolicyRule = 'banned-brand' | 'per-order-cap' | 'monthly-cap' | 'currency' | 'value';

/** The verdict of the person's rules on one offer. */
export type PolicyVerdict = { readonly allowed: true } | { readonly allowed: false; readonly violations: readonly PolicyViolation[] };

/**
 * The attribute a value requires in a category, found by the category's canonical id: a brand writing the Google
 * taxonomy id ("187") for running shoes is held to the same values as one writing "running-shoes".
 */
function valueRule(value: PersonalValue, category: string): { attribute: string; value: boolean } | undefined {
  const rules = PERSONAL_VALUES[value] as Record<string, { attribute: string; value: boolean }>;
  const canonical = canonicalCategoryId(category);
  return Object.hasOwn(rules, canonical) ? rules[canonical] : undefined;
}

/**
 * Checks an offer against the person's hard rules; pure, deterministic, never delegated to an LLM. `isBanned` says how
 * far the ban reaches (the butler's: every identity the record connects to a banned one, as when asking brands); by
 * default, the banned ids alone.
 */
export function checkPolicy(offer: Offer, profile: Profile, spentThisMonth: Money, isBanned?: (brandId: string) => boolean): PolicyVerdict {
  const violations: PolicyViolation[] = [];
  if (profile.bannedBrands.includes(offer.brandId)) {
    violations.push({ rule: 'banned-brand', message: `${offer.brandId} is on your banned list` });
  } else if (isBanned?.(offer.brandId) === true) {
    violations.push({ rule: 'banned-brand', message: `${offer.brandId} is the same party as a brand on your banned list (same address or server)` });
  }
  if (offer.price.currency !== profile.spendCapPerOrder.currency) {
    violations.push({ rule: 'currency', message: `priced in ${offer.price.currency}, your limits are in ${profile.spendCapPerOrder.currency}` });
  } else {
    if (exceedsBudget(offer.price, profile.spendCapPerOrder)) {
      violations.push({ rule: 'per-order-cap', message: `${formatMoney(offer.price)} is above your per-order cap of ${formatMoney(profile.spendCapPerOrder)}` });
    }
    const monthTotal: Money = { amountMinor: spentThisMonth.amountMinor + offer.price.amountMinor, currency: offer.price.currency };
    if (exceedsBudget(monthTotal, profile.spendCapPerMonth)) {
      violations.push({
        rule: 'monthly-cap',
        message: `this would bring the month to ${formatMoney(monthTotal)}, above your cap of ${formatMoney(profile.spendCapPerMonth)}`,
      });
    }
  }
  for (const value of profile.values) {
    const rule = valueRule(value, offer.product.category);
    if (rule && productAttribute(offer.product, rule.attribute) !== rule.value) {
      violations.push({ rule: 'value', message: `does not meet your value "${value}"`, value });
    }
  }
  return violations.length === 0 ? { allowed: true } : { allowed: false, violations };
}

/** Hard constraints the person's values add to a need in a category. */
export function valueConstraints(profile: Profile, category: string): Array<{ attribute: string; op: 'eq'; value: boolean }> {
  const out: Array<{ attribute: string; op: 'eq'; value: boolean }> = [];
  for (const value of profile.values) {
    const rule = valueRule(value, category);
    if (rule) out.push({ attribute: rule.attribute, op: 'eq', value: rule.value });
  }
  return out;
}
