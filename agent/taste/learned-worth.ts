import { canonicalGtin } from '../../protocol/index.ts';
import { MAX_RATING, MIN_RATING, TASTE_MODEL, type RatedPurchase } from './taste-model.ts';

/**
 * What the person's ratings say about the butler's worth scale, as a statement about people: the stars a person gives
 * a product they received are linear in what it was worth to them — 1 star worthless, 5 stars a perfect product for
 * the need — so a rating r reads as a liking (r − 1) / 4 of the worth of a perfect product. The butler's money model
 * (`agent/decision/offer-value.ts`) predicts such a liking for every offer (a product that merely meets the need: half,
 * one that also matches every stated preference: all); the person's ratings correct it twice:
 * - `scale`: how the person's likings of what the butler bought compare with what it predicted, across everything
 *   they rated — a Bayesian least-squares factor with today's model as its prior (1, weighing `scalePriorWeight`),
 *   so a person who rates what meets their need lower than the model assumed has every worth scaled down, and with
 *   no ratings nothing moves. The scale and the products' likings are read with the same spreads, so a product they
 *   rated and one they did not are valued on one footing;
 * - `products`: the likings of each product they rated (same GTIN, else same seller's sku): the rating measures the
 *   very quantity the model guesses, up to the scale's rounding, so it outweighs the guess by the ratio of their
 *   variances (a guess as uncertain as a uniform liking, 1/12; a rating's rounding to a star, (1/4)² / 12): 16 to 1.
 * Ratings are forgotten like the taste model's (its half-life). Only deliveries that came as described count: what a
 * delivery not as described is worth is the honesty model's to learn, never the person's scale.
 */
export interface WorthModel {
  /** The factor on the model's predicted liking (1 without ratings). */
  readonly scale: number;
  /** Per product key (`productKey`): Σ forgetting weights of its ratings and their weighted mean liking. */
  readonly products: ReadonlyMap<string, ProductLiking>;
}

/** The person's ratings of one product: Σ forgetting weights and their weighted mean liking 0..1. */
export interface ProductLiking {
  readonly weight: number;
  readonly liking: number;
}

/** No ratings: today's model as it stands. */
export const PRIOR_WORTH_MODEL: WorthModel = { scale: 1, products: new Map() };

/** How much more a rating of the very product tells than the model's guess: the variances' ratio, (R − 1)² for an R-star scale. */
export const RATING_PRECISION = (MAX_RATING - MIN_RATING) ** 2;

/**
 * The weight of the scale's prior (1), in ratings of a perfectly predicted product, when the model never predicts a
 * liking below `lowestPrediction`: any liking the person reports is then the prediction times a factor in [0, 1 ÷
 * lowestPrediction], each as likely before any rating (variance (1 ÷ lowestPrediction)² / 12), and a rating deviates
 * from the scaled prediction by the product's own spread (a uniform liking's, 1/12) and its rounding (a star's step
 * squared ÷ 12): the ratio of the two.
 */
export function scalePriorWeight(lowestPrediction: number): number {
  return (1 + 1 / RATING_PRECISION) * lowestPrediction ** 2;
}

/** The identity of a product across offers: its GTIN (canonical form) when it has one, else the seller's sku. */
export function productKey(brandId: string, product: { readonly gtin?: string | undefined; readonly sku: string }): string {
  return product.gtin !== undefined ? `gtin:${canonicalGtin(product.gtin)}` : `sku:${brandId}\u0000${product.sku}`;
}

/** A rating's liking: (r − 1) / (R − 1), 0 for one star, 1 for five. */
export function likingOfRating(rating: number): number {
  return (rating - MIN_RATING) / (MAX_RATING - MIN_RATING);
}

/** Learns the person's worth model from their rated purchases (pure; same ratings → same model). */
export function learnWorth(purchases: readonly RatedPurchase[], atMs: number, lowestPrediction: number): WorthModel {
  const prior = scalePriorWeight(lowestPrediction);
  let num = prior;
  let den = prior;
  const sums = new Map<string, { weight: number; liked: number }>();
  let any = false;
  for (const p of purchases) {
    if (p.asDescribed !== true || !(p.rating >= MIN_RATING && p.rating <= MAX_RATING)) continue;
    const age = atMs - p.atMs;
    const w = age > 0 ? 2 ** (-age / TASTE_MODEL.halfLifeMs) : 1;
    const liking = likingOfRating(p.rating);
    if (p.expectedLiking !== undefined && p.expectedLiking > 0) {
      num += w * p.expectedLiking * liking;
      den += w * p.expectedLiking * p.expectedLiking;
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
  return { scale: any ? num / den : 1, products };
}

/**
 * The liking of a product to the person: the model's predicted liking times the scale (never above 1), and, when they
 * rated this very product, that prior moved to their ratings by their precision (`RATING_PRECISION` per rating).
 */
export function learnedLiking(predicted: number, model: WorthModel, rated: ProductLiking | undefined): number {
  const prior = Math.min(1, model.scale * predicted);
  if (rated === undefined) return prior;
  const n = RATING_PRECISION * rated.weight;
  return (prior + n * rated.liking) / (1 + n);
}
