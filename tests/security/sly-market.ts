// The hostile seller "Sly" the security tests share: its one headphone product, the person's need, and schema-valid
// offers of that product. Each test file gets its own module instance, so its own clock.
import type { Need } from '../../agent/need/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { catalogOf, testClock } from '../butler/harness.ts';

export const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
export const clock = testClock();
export const slyCatalog = catalogOf('SLY', [{ product: 'jbl-tune-770nc-black', price: 9_000, stock: 9 }]);
export const slyProduct = slyCatalog[0]!;
export const need: Need = { category: 'headphones', hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }], softPreferences: [], quantity: 1, budget: eur(40_000), currency: 'EUR', text: 'noise cancelling headphones' };

/** An offer of Sly's product at 90.00 EUR (override the price or anything else with `extra`), valid for two days. */
export function slyOffer(offerId: string, requestId: string, extra: Partial<Offer> = {}): Offer {
  const { product, terms } = slyProduct;
  return { offerId, requestId, brandId: 'sly', product, quantity: 1, price: eur(9_000), terms, validUntil: new Date(clock.now().getTime() + 2 * 86_400_000).toISOString(), claims: [], round: 0, ...extra };
}
