import { canonicalGtin } from '../../protocol/index.ts';
import { MAX_RATING, MIN_RATING, TASTE_MODEL, type RatedPurchase } from './taste-model.ts';

/**
 * What the person's ratings say about the butler's worth scale, as a statement about people: the stars a person gives
 * a product they received are linear in what it was worth to them — 1 star worthless, 5 stars a perfect product for
 * the need — so a rating r reads as a liking (r − 1) / 4 of the worth of a perfect product. The butler's money model
 * (`agent/decision/offer-value.ts`) predicts such a liking for every offer (a product that merely meets the need: half,
 * one that also matches every stated preference: all); the person's ratings correct it twice:
 * - `shift`: how far the person's likings of what the butler bought fall short of (or exceed) what it predicted, the
 *   same for everything they buy — how much merely meeting their need is worth to them, and how they use the stars —
 *   while the differences the model sees between products (their match to the person's preferences) stand. A
 *   Bayesian mean with today's model as its prior (no shift, weighing `SHIFT_PRIOR_WEIGHT` ratings), so a person who
 *   rates what meets their need lower than the model assumed has every worth lowered by the same share of a perfect
 *   product's, and with no ratings nothing moves. The shift and the products' likings are read with the same
 *   spreads, so a product they rated and one they did not are valued on one footing;
 * - `products`: the likings of each product they rated (same GTIN, else same seller's sku): the rating measures the
 *   very quantity the model guesses, up to the scale's rounding, so it outweighs the guess by the ratio of their
 *   variances (a guess as uncertain as a uniform liking, 1/12; a rating's rounding to a star, (1/4)² / 12): 16 to 1.
 * Ratings are forgotten like the taste model's (its half-life). Only deliveries that came as described count: what a
 * delivery not as described is worth is the honesty model's to learn, never the person's scale.
 */
export interface WorthModel {
  /** Added to the model's predicted liking (0 without ratings). */
  readonly shift: number;
  /** Per product key (`productKey`): Σ forgetting weights of its ratings and their weighted mean liking. */
  readonly products: ReadonlyMap<string, ProductLiking>;
}

/** The person's ratings of one product: Σ forgetting weights and their weighted mean liking 0..1. */
export interface ProductLiking {
  readonly weight: number;
  readonly liking: number;
}

/** No ratings: today's model as it stands. */
export const PRIOR_WORTH_MODEL: WorthModel = { shift: 0, products: new Map() };

/** How much more a rating of the very product tells than the model's guess: the variances' ratio, (R − 1)² for an R-star scale. */
export const RATING_PRECISION = (MAX_RATING - MIN_RATING) ** 2;

/**
 * The weight of the shift's prior (none), in ratings: before any rating, the person's shift is spread as a liking
 * is (over the scale's width, variance 1/12) — as spread as one product's own deviation from the prediction, so one
 * rating alone cannot tell whether it speaks of that product or of everything they buy, and splits between the two —
 * and a rating deviates from the shifted prediction by that deviation (1/12) and its rounding (a star's step squared
 * ÷ 12): the ratio of the two, 1 + 1/16.
 */
export const SHIFT_PRIOR_WEIGHT = 1 + 1 / RATING_PRECISION;

/** The identity of a product across offers: its GTIN (canonical form) when it has one, else the seller's sku. */
export function productKey(brandId: string, product: { readonly gtin?: string | undefined; readonly sku: string }): string {
  return product.gtin !== undefined ? `gtin:${canonicalGtin(product.gtin)}` : `sku:${brandId}\u0000${product.sku}`;
}

/** A rating's liking: (r − 1) / (R − 1), 0 for one star, 1 for five. */
export function likingOfRating(rating: number): number {
  return (rating - MIN_RATING) / (MAX_RATING - MIN_RATING);
}

/** Learns the person's worth model from their rated purchases (pure; same ratings → same model). */
export function learnWorth(purchases: readonly RatedPurchase[], atMs: number): WorthModel {
  let shortfall = 0;
  let weight = SHIFT_PRIOR_WEIGHT;
  const sums = new Map<string, { weight: number; liked: number }>();
  let any = false;
  for (const p of purchases) {
    if (p.asDescribed !== true || !(p.rating >= MIN_RATING && p.rating <= MAX_RATING)) continue;
    const age = atMs - p.atMs;
    const w = age > 0 ? 2 ** (-age / TASTE_MODEL.halfLifeMs) : 1;
    const liking = likingOfRating(p.rating);
    if (p.expectedLiking !== undefined) {
      shortfall += w * (liking - p.expectedLiking);
      weight += w;
      any = true;
    }
    if (p.productKey !== undefined) {
      const s = sums.get(p.productKey) ?? { weight: 0, liked: 0 };
      s.weight += w;
      s.liked += w * liking;
      sums.set(p.productKey, s);
    }
  }
  if (!any && sums.size === 0) return PRIOR_WORTH_MODEL;
  const products = new Map<string, ProductLiking>();
  for (const [key, s] of sums) if (s.weight > 0) products.set(key, { weight: s.weight, liking: s.liked / s.weight });
  return { shift: any ? shortfall / weight : 0, products };
}

/**
 * The liking of a product to the person: the model's predicted liking plus the shift (within 0..1), and, when they
 * rated this very product, that prior moved to their ratings by their precision (`RATING_PRECISION` per rating).
 */
export function learnedLiking(predicted: number, model: WorthModel, rated: ProductLiking | undefined): number {
  const shifted = predicted + model.shift;
  const prior = shifted > 0 ? (shifted < 1 ? shifted : 1) : 0;
  if (rated === undefined) return prior;
  const n = RATING_PRECISION * rated.weight;
  return (prior + n * rated.liking) / (1 + n);
}
