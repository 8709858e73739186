import type { AttributeValue } from '../../protocol/index.ts';
import { TASTE_MODEL, isTasteValue, valueKey, type TasteModel } from './taste-model.ts';

/** One value of an offer the person has rated before, as a preference the butler learned (not one they stated). */
export interface LearnedPreference {
  readonly attribute: string;
  readonly value: string | boolean;
  /** Beta posterior of how much the person likes this value (uniform prior). */
  readonly alpha: number;
  readonly beta: number;
  /** Posterior mean 0..1. */
  readonly score: number;
  /** The person's baseline liking in the category: the value is a preference by how far its score sits from it. */
  readonly baseline: number;
  /** 0..1: the ratings behind it against the prior's weight, n / (n + prior). Stated preferences weigh up to 1. */
  readonly weight: number;
}

/**
 * The learned preferences that apply to a product: its descriptive values the person has rated before, except the
 * attributes they constrained or stated a preference on in this request (they decided those) — each with its Beta posterior and a weight
 * that grows with the ratings behind it, so a value rated once nudges and one rated ten times counts fully. Values
 * never rated add nothing, and a value counts only by how much more (or less) it is liked than the person's baseline:
 * having bought something is no reason to prefer it.
 */
export function learnedPreferences(model: TasteModel | undefined, attributes: Readonly<Record<string, AttributeValue>>, constrained: ReadonlySet<string>): LearnedPreference[] {
  if (model === undefined || model.values.size === 0) return [];
  const out: LearnedPreference[] = [];
  for (const attribute of Object.keys(attributes).sort()) {
    const value = attributes[attribute];
    if (constrained.has(attribute) || !isTasteValue(value)) continue;
    const taste = model.values.get(valueKey(attribute, value));
    if (taste === undefined) continue;
    const n = taste.liked + taste.disliked;
    const half = TASTE_MODEL.priorWeight / 2;
    const alpha = taste.liked + half;
    const beta = taste.disliked + half;
    out.push({ attribute, value, alpha, beta, score: alpha / (alpha + beta), baseline: model.baseline, weight: n / (n + TASTE_MODEL.priorWeight) });
  }
  return out;
}
