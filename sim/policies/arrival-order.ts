import type { BrandConnection } from '../../agent/butler/index.ts';

/** Microtask turns a brand waits per arrival position, so its answer really comes after the ones before it. */
const TURNS_PER_POSITION = 8;

/**
 * Wraps connections so the answers to a brief arrive in the given order (each brand waits a few microtask turns
 * per position before it answers); the butler must not care, and the order-bias metric checks that it does not.
 */
export function inArrivalOrder(brands: readonly BrandConnection[], arrival: readonly string[]): BrandConnection[] {
  const position = new Map(arrival.map((id, i) => [id, i]));
  return brands.map((brand) => {
    const p = position.get(brand.card.id) ?? 0;
    if (p === 0) return brand;
    return {
      ...brand,
      requestOffers: async (brief, timeoutMs) => {
        for (let i = 0; i < p * TURNS_PER_POSITION; i++) await undefined;
        return brand.requestOffers(brief, timeoutMs);
      },
    };
  });
}
