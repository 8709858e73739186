import { RecentCache, TAXONOMY, isBuiltinCategory, productAttribute, type AttributeValue, type Offer, type SoftPreference } from '../../protocol/index.ts';
import { sameAttributeValue } from './offer-statements.ts';
import { clamp01 } from './probability.ts';

/** Pseudo-attributes a soft preference may use that refer to the offer rather than the product. */
export const OFFER_PSEUDO_ATTRIBUTES = ['price', 'delivery_days', 'return_days', 'warranty_months'] as const;

/** How well one value meets one soft preference; `score` is undefined when it cannot be judged. */
export interface PreferenceReading {
  readonly score: number | undefined;
  readonly scale: 'boolean' | 'match' | 'target' | 'ordinal' | 'observed-ratio' | 'observed-range' | 'unjudgeable';
}

/** The value an offer has for a preference attribute: pseudo-attributes, product attributes, then claims. */
export function offerAttributeValue(offer: Offer, attribute: string, currency: string): AttributeValue | undefined {
  switch (attribute) {
    case 'price':
      return offer.price.currency === currency ? offer.price.amountMinor : undefined;
    case 'delivery_days':
      return offer.terms.deliveryDays;
    case 'return_days':
      return offer.terms.returnDays;
    case 'warranty_months':
      return offer.terms.warrantyMonths;
    case 'maker':
      return productAttribute(offer.product, 'maker');
    default:
      return offer.product.attributes[attribute] ?? offer.claims.find((c) => c.attribute === attribute)?.asserted;
  }
}

function ordinalScale(category: string, attribute: string): readonly string[] | undefined {
  if (!isBuiltinCategory(category)) return undefined;
  const spec = (TAXONOMY[category].attributes as Record<string, { type: string; values?: readonly string[] }>)[attribute];
  return spec?.type === 'enum' ? spec.values : undefined;
}

function indexIn(scale: readonly string[], value: AttributeValue): number {
  return typeof value === 'string' ? scale.findIndex((v) => v.toLowerCase() === value.trim().toLowerCase()) : -1;
}

// The values observed in a round are read by every offer's preferences: their numeric range is found once per list.
const observedRanges = new RecentCache<readonly AttributeValue[], { readonly min: number; readonly max: number }>(16);

/** The smallest and largest numbers among the observed values (Infinity and -Infinity when there is none). */
function observedRange(observed: readonly AttributeValue[]): { readonly min: number; readonly max: number } {
  let range = observedRanges.get(observed);
  if (range === undefined) {
    const numbers = observed.filter((v): v is number => typeof v === 'number');
    range = { min: Math.min(...numbers), max: Math.max(...numbers) };
    observedRanges.set(observed, range);
  }
  return range;
}

function numericReading(value: number, preference: SoftPreference, observed: readonly AttributeValue[]): PreferenceReading {
  const target = preference.value;
  if (typeof target === 'number') {
    if (preference.direction === 'equals') {
      const spread = Math.max(Math.abs(target) * 0.25, 1e-9);
      return { score: clamp01(1 - Math.abs(value - target) / spread), scale: 'target' };
    }
    if (preference.direction === 'higher') return { score: value >= target ? 1 : target > 0 ? clamp01(value / target) : 0, scale: 'target' };
    return { score: value <= target ? 1 : value > 0 ? clamp01(target / value) : 0, scale: 'target' };
  }
  if (preference.direction === 'equals') return { score: undefined, scale: 'unjudgeable' };
  const range = observedRange(observed);
  const min = Math.min(range.min, value);
  const max = Math.max(range.max, value);
  if (max === min) return { score: 1, scale: 'observed-range' };
  // A ratio keeps small differences small (262 g vs 265 g); the range scale is only for values that can be 0 or negative.
  if (min > 0) return { score: preference.direction === 'higher' ? value / max : min / value, scale: 'observed-ratio' };
  const position = (value - min) / (max - min);
  return { score: preference.direction === 'higher' ? position : 1 - position, scale: 'observed-range' };
}

/**
 * Scores one value against one soft preference on a 0..1 scale: booleans directly, taxonomy enums by their order,
 * numbers against the preference's target or, without one, against the range observed across the round's offers.
 */
export function preferenceSatisfaction(
  preference: SoftPreference,
  value: AttributeValue | undefined,
  category: string,
  observed: readonly AttributeValue[],
): PreferenceReading {
  if (value === undefined) return { score: undefined, scale: 'unjudgeable' };
  const target = preference.value;
  if (typeof value === 'boolean') {
    const wanted = preference.direction === 'lower' ? false : typeof target === 'boolean' ? target : true;
    return { score: value === wanted ? 1 : 0, scale: 'boolean' };
  }
  if (typeof value === 'number') return numericReading(value, preference, observed);
  const scale = ordinalScale(category, preference.attribute);
  const position = scale ? indexIn(scale, value) : -1;
  if (preference.direction === 'equals') {
    return target === undefined ? { score: undefined, scale: 'unjudgeable' } : { score: sameAttributeValue(value, target) ? 1 : 0, scale: 'match' };
  }
  if (!scale || position < 0 || scale.length < 2) return { score: undefined, scale: 'unjudgeable' };
  const steps = scale.length - 1;
  const targetPosition = target === undefined ? -1 : indexIn(scale, target);
  if (targetPosition >= 0) {
    const shortfall = preference.direction === 'higher' ? targetPosition - position : position - targetPosition;
    return { score: shortfall <= 0 ? 1 : clamp01(1 - shortfall / steps), scale: 'ordinal' };
  }
  return { score: preference.direction === 'higher' ? position / steps : 1 - position / steps, scale: 'ordinal' };
}
