import type { Offer } from '../../protocol/index.ts';
import type { BrandTrustView, OfferScores, ScoringNeed } from '../scoring/index.ts';

/**
 * Weights of the expected value. Quality (fit × probability the claims hold) multiplies everything; price and trust
 * share the commercial factor; pressure discounts the result; trust uncertainty is penalised, not ignored.
 */
export const VALUE_WEIGHTS = {
  /** Part of the commercial factor every eligible offer gets. */
  base: 0.5,
  price: 0.3,
  trust: 0.2,
  /** Combined trust minus this × its uncertainty: a brand we know little about is not assumed good. */
  uncertaintyPenalty: 0.5,
  /** Value × (1 − this × pressure). */
  pressurePenalty: 0.6,
  /** Share of the price score from budget headroom when there is a budget (the rest is versus the cheapest offer). */
  budgetShare: 0.5,
} as const;

/** Every number behind one offer's expected value. */
export interface ValueBreakdown {
  readonly fit: number;
  readonly claimsHold: number;
  /** 0..1: cheaper than the alternatives and further under the budget is better. */
  readonly priceScore: number;
  /** Price of the cheapest eligible offer over this one's (1 for the cheapest). */
  readonly priceVsCheapest: number;
  /** Share of the budget left, when there is one. */
  readonly budgetHeadroom?: number | undefined;
  readonly trustCombined: number;
  readonly trustUncertainty: number;
  /** Trust expected value after the uncertainty penalty. */
  readonly trustScore: number;
  readonly pressure: number;
  readonly quality: number;
  readonly commercial: number;
  readonly pressureFactor: number;
  /** quality × commercial × pressureFactor. */
  readonly value: number;
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0);

/** The expected value to the person of one eligible offer, given the cheapest eligible price in the same currency. */
export function offerValue(input: {
  readonly offer: Offer;
  readonly scores: OfferScores;
  readonly trust?: BrandTrustView | undefined;
  readonly need: ScoringNeed;
  readonly cheapestMinor: number | undefined;
}): ValueBreakdown {
  const { offer, scores, trust, need } = input;
  const price = offer.price.amountMinor;
  const priceVsCheapest = input.cheapestMinor === undefined ? 1 : price <= 0 ? 1 : clamp01(input.cheapestMinor / price);
  const budget = need.budget && need.budget.currency === offer.price.currency && need.budget.amountMinor > 0 ? need.budget.amountMinor : undefined;
  const budgetHeadroom = budget === undefined ? undefined : clamp01((budget - price) / budget);
  const priceScore = budgetHeadroom === undefined ? priceVsCheapest : VALUE_WEIGHTS.budgetShare * budgetHeadroom + (1 - VALUE_WEIGHTS.budgetShare) * priceVsCheapest;
  const trustCombined = trust ? clamp01(trust.trust) : 0.5;
  const trustUncertainty = trust ? clamp01(trust.uncertainty) : 1;
  const trustScore = clamp01(trustCombined - VALUE_WEIGHTS.uncertaintyPenalty * trustUncertainty);
  const fit = clamp01(scores.fit.score);
  const claimsHold = clamp01(scores.honesty.probability);
  const pressure = clamp01(scores.pressure.score);
  const quality = fit * claimsHold;
  const commercial = VALUE_WEIGHTS.base + VALUE_WEIGHTS.price * priceScore + VALUE_WEIGHTS.trust * trustScore;
  const pressureFactor = 1 - VALUE_WEIGHTS.pressurePenalty * pressure;
  return {
    fit,
    claimsHold,
    priceScore,
    priceVsCheapest,
    budgetHeadroom,
    trustCombined,
    trustUncertainty,
    trustScore,
    pressure,
    quality,
    commercial,
    pressureFactor,
    value: quality * commercial * pressureFactor,
  };
}
