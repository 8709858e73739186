import { MAX_RATING, MIN_RATING, TASTE_MODEL, type RatedPurchase } from './taste-model.ts';

/**
 * What the person's ratings say about the butler's worth scale, as a statement about people: the stars a person gives
 * a product they received are linear in what it was worth to them — 1 star worthless, 5 stars a perfect product for
 * the need — so a rating r reads as a liking (r − 1) / 4 of the worth of a perfect product. The butler's money model
 * (`agent/decision/offer-value.ts`) predicts such a liking for every offer (a product that merely meets the need: half,
 * one that also matches every stated preference: all). The person's likings of what the butler bought fall short of
 * (or exceed) those predictions by an amount that is the same for everything they buy — how much merely meeting their
 * need is worth to them, and how they use the stars — while the differences the model sees between products (their
 * match to the person's preferences) stand: `shift`, a Bayesian mean with today's model as its prior (no shift,
 * weighing `SHIFT_PRIOR_WEIGHT` ratings), so a person who rates what meets their need lower than the model assumed has
 * every worth lowered by the same share of a perfect product's, and with no ratings nothing moves. Ratings are
 * forgotten like the taste model's (its half-life). Only deliveries that came as described count: what a delivery not
 * as described is worth is the honesty model's to learn, never the person's scale.
 */
export interface WorthModel {
  /** Added to the model's predicted liking (0 without ratings). */
  readonly shift: number;
}

/** No ratings: today's model as it stands. */
export const PRIOR_WORTH_MODEL: WorthModel = { shift: 0 };

/**
 * The weight of the shift's prior (none), in ratings: before any rating, the person's shift is spread as a liking is
 * (over the scale's width, variance 1/12) — as spread as one product's own deviation from the prediction, so one rating
 * alone cannot tell whether it speaks of that product or of everything they buy, and splits between the two — and a
 * rating deviates from the shifted prediction by that deviation (1/12) and its rounding (a star's step squared ÷ 12,
 * 1/16 of it on five stars): the ratio of the two.
 */
export const SHIFT_PRIOR_WEIGHT = 1 + 1 / (MAX_RATING - MIN_RATING) ** 2;

/** A rating's liking: (r − 1) / (R − 1), 0 for one star, 1 for five. */
export function likingOfRating(rating: number): number {
  return (rating - MIN_RATING) / (MAX_RATING - MIN_RATING);
}

/** Learns the person's worth model from their rated purchases (pure; same ratings → same model). */
export function learnWorth(purchases: readonly RatedPurchase[], atMs: number): WorthModel {
  let shortfall = 0;
  let weight = SHIFT_PRIOR_WEIGHT;
  let any = false;
  for (const p of purchases) {
    if (p.asDescribed !== true || p.expectedLiking === undefined || !(p.rating >= MIN_RATING && p.rating <= MAX_RATING)) continue;
    const age = atMs - p.atMs;
    const w = age > 0 ? 2 ** (-age / TASTE_MODEL.halfLifeMs) : 1;
    shortfall += w * (likingOfRating(p.rating) - p.expectedLiking);
    weight += w;
    any = true;
  }
  return any ? { shift: shortfall / weight } : PRIOR_WORTH_MODEL;
}

/** The liking of a product to the person: the model's predicted liking plus the shift, within 0..1. */
export function learnedLiking(predicted: number, model: WorthModel): number {
  const shifted = predicted + model.shift;
  return shifted > 0 ? (shifted < 1 ? shifted : 1) : 0;
}
