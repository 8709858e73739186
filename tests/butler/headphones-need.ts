import type { Need } from '../../agent/need/index.ts';

/** Noise-cancelling headphones (a hard constraint), one pair, within `budgetMinor` euro cents. */
export function headphonesNeed(budgetMinor: number): Need {
  return {
    category: 'headphones',
    hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }],
    softPreferences: [],
    quantity: 1,
    budget: { amountMinor: budgetMinor, currency: 'EUR' },
    currency: 'EUR',
    text: 'noise cancelling headphones',
  };
}
