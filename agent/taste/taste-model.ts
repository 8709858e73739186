import { isSameCategory, type AttributeValue } from '../../protocol/index.ts';
import { TRUST_PARAMETERS } from '../trust/index.ts';

/** Ratings are 1..5 stars: how much the person liked what arrived (taste, not honesty: that is the ledger's). */
export const MIN_RATING = 1;
export const MAX_RATING = 5;

/**
 * The two numbers of the taste model: ratings' half-life (tastes drift; the trust model's long memory, so a taste
 * the person stopped buying is forgotten like a brand's old record), and the weight of the uniform prior on each
 * liked value (Beta(1, 1): an attribute value rated once is still mostly a guess).
 */
export const TASTE_MODEL = {
  halfLifeMs: TRUST_PARAMETERS.halfLifeMs,
  priorWeight: 2,
} as const;

/** A purchase the person rated: the product's attributes, the rating and when it was given. */
export interface RatedPurchase {
  readonly category: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly rating: number;
  readonly atMs: number;
}

/** Forgetting-weighted liking of one attribute value: `liked` + `disliked` = the ratings behind it. */
export interface ValueTaste {
  readonly attribute: string;
  readonly value: AttributeValue;
  readonly liked: number;
  readonly disliked: number;
}

/** What the butler has learned of one person's taste in one category, from their ratings. */
export interface TasteModel {
  readonly category: string;
  /** How much the person likes what they buy in this category on average, 0..1 (0.5 before any rating): the baseline a value is liked more or less than. */
  readonly baseline: number;
  /** Keyed by `valueKey(attribute, value)`. */
  readonly values: ReadonlyMap<string, ValueTaste>;
}

/** Taste is learned on descriptive values (colours, styles, materials, makers), never on numbers. */
export function isTasteValue(value: AttributeValue | undefined): value is string | boolean {
  return typeof value === 'string' || typeof value === 'boolean';
}

/** The key of an attribute value: case and surrounding spaces do not make a different taste. */
export function valueKey(attribute: string, value: string | boolean): string {
  return `${attribute}=${typeof value === 'string' ? value.trim().toLowerCase() : String(value)}`;
}

/**
 * Learns a person's taste in `category` from their rated purchases (pure; same ratings → same model): each rating
 * r in 1..5 counts as (r − 1) / 4 of a like and the rest a dislike for every descriptive attribute value of the
 * product, weighed by forgetting from the rating's time to `atMs`. Credit is shared by all the product's values, so
 * one value stands out only when it recurs across differently rated products — a Beta per value, no more — and it
 * is read against the person's baseline (how much they like what they buy at all), so a value is a preference only
 * when it is liked more, or less, than usual.
 */
export function learnTaste(purchases: readonly RatedPurchase[], category: string, atMs: number): TasteModel {
  const values = new Map<string, { attribute: string; value: AttributeValue; liked: number; disliked: number }>();
  let likes = 0;
  let ratings = 0;
  for (const p of purchases) {
    if (!isSameCategory(p.category, category) || !(p.rating >= MIN_RATING && p.rating <= MAX_RATING)) continue;
    const age = atMs - p.atMs;
    const weight = age > 0 ? 2 ** (-age / TASTE_MODEL.halfLifeMs) : 1;
    const like = (p.rating - MIN_RATING) / (MAX_RATING - MIN_RATING);
    likes += weight * like;
    ratings += weight;
    for (const attribute of Object.keys(p.attributes).sort()) {
      const value = p.attributes[attribute];
      if (!isTasteValue(value)) continue;
      const key = valueKey(attribute, value);
      const entry = values.get(key) ?? { attribute, value, liked: 0, disliked: 0 };
      entry.liked += weight * like;
      entry.disliked += weight * (1 - like);
      values.set(key, entry);
    }
  }
  return { category, baseline: (likes + 0.5 * TASTE_MODEL.priorWeight) / (ratings + TASTE_MODEL.priorWeight), values };
}
