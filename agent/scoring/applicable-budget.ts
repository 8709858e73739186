import { meetsConstraints, type HardConstraint, type Money, type Offer } from '../../protocol/index.ts';
import { effectiveProduct } from './offer-statements.ts';

/** "max 100, 150 if it's Sony": a higher ceiling and the rules an offer must meet for it to hold. */
export interface BudgetStretch {
  readonly amount: Money;
  readonly condition: HardConstraint[];
}

/** The ceilings of a need: the budget, and the stretch said on a condition, if any. */
export interface Ceilings {
  readonly budget?: Money | undefined;
  readonly budgetStretch?: BudgetStretch | undefined;
}

/**
 * The ceiling that holds for this offer: the stretch when the offer meets every rule of its condition (as the offer's
 * product states it, the seller's own brand for an unstated maker), the budget otherwise. Never above the stretch.
 */
export function applicableBudget(need: Ceilings, offer: Offer): Money | undefined {
  const { budget, budgetStretch } = need;
  if (budget === undefined || budgetStretch === undefined || budgetStretch.amount.currency !== budget.currency) return budget;
  return meetsConstraints(effectiveProduct(offer), budgetStretch.condition, offer.brandId) ? budgetStretch.amount : budget;
}

/** True when the stretch, not the budget, is the ceiling that holds for this offer. */
export function stretchApplies(need: Ceilings, offer: Offer): boolean {
  return need.budgetStretch !== undefined && applicableBudget(need, offer) === need.budgetStretch.amount;
}
