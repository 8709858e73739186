import { exceedsBudget, meetsConstraints, type AttributeValue, type Offer, type Product } from '../../protocol/index.ts';
import { preferenceMatch, type Persona } from '../consumers/consumer.ts';
import type { Need } from '../../agent/need/index.ts';

/** The product as an agent that believes every claim sees it: its attributes overlaid with the offer's claims. */
export function believedProduct(offer: Offer): Product {
  if (offer.claims.length === 0) return offer.product;
  const attributes: Record<string, AttributeValue> = { ...offer.product.attributes };
  for (const claim of offer.claims) attributes[claim.attribute] = claim.asserted;
  return { ...offer.product, attributes };
}

/** True when, taken at its word, the offer meets the need: its constraints, quantity, currency and budget. */
export function believedAcceptable(offer: Offer, need: Need): boolean {
  if (offer.quantity < need.quantity || offer.price.currency !== need.currency) return false;
  if (exceedsBudget(offer.price, need.budget)) return false;
  return meetsConstraints(believedProduct(offer), need.hardConstraints);
}

/**
 * How well the offer matches the preferences the consumer stated, believing its claims (0..1). A naive agent knows
 * nothing about true quality, so only stated preferences count.
 */
export function believedMatch(offer: Offer, persona: Persona, need: Need): number {
  const stated = new Set(need.softPreferences.map((p) => p.attribute));
  const view: Persona = { ...persona, prefs: persona.prefs.filter((p) => stated.has(p.attribute)) };
  return preferenceMatch(view, believedProduct(offer).attributes);
}
