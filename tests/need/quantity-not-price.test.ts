import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understandNeedText, type Understanding } from '../../agent/need/index.ts';

const context = { now: new Date('2026-12-03T10:00:00.000Z'), defaultCurrency: 'EUR' };
/** The need, or the partial need of a clarifying question ("running shoes 280 g" asks for the size). */
const needOf = (text: string): { budget?: unknown; softPreferences?: unknown; hardConstraints?: unknown } => {
  const u: Understanding = understandNeedText(text, context);
  if (u.kind === 'unsupported') throw new Error(`unsupported: ${text}`);
  return u.kind === 'need' ? u.need : u.partial;
};

describe('quantities with units are never prices (issue 9 §3)', () => {
  it('"decaf beans 500 g" is a 500 g pack of decaf beans with no budget', () => {
    const need = needOf('decaf beans 500 g');
    expect(need.budget).toBeUndefined();
    expect(need.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'weight_g', direction: 'equals', value: 500 }));
    expect(need.hardConstraints).toContainEqual({ attribute: 'decaf', op: 'eq', value: true });
  });

  it.each([
    'decaf beans 500 g',
    'coffee beans 1 kg',
    'ground coffee 250 gr',
    'coffee 500 ml',
    'coffee 1 l',
    'coffee pack of 6',
    'coffee capsules box of 12',
    'coffee beans x 2',
    'espresso beans 2 x',
    'running shoes 280 g',
    'headphones 250 g',
    'coffee 12 pcs',
  ])('%j has no budget', (text) => {
    expect(needOf(text).budget).toBeUndefined();
  });

  it('a real price next to a weight is still the budget', () => {
    expect(needOf('decaf beans 500 g, 20 euros').budget).toEqual({ amountMinor: 2000, currency: 'EUR' });
    expect(needOf('coffee beans 1 kg under 30').budget).toEqual({ amountMinor: 3000, currency: 'EUR' });
    expect(needOf('headphones 250 g max 200').budget).toEqual({ amountMinor: 20000, currency: 'EUR' });
    expect(needOf('decaf beans 25').budget).toEqual({ amountMinor: 2500, currency: 'EUR' });
  });

  it('property: a number followed by a weight or volume unit never becomes the budget', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('decaf beans', 'ground coffee', 'organic coffee', 'trail running shoes', 'noise cancelling headphones'),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('g', 'kg', 'ml', 'l', 'cl', 'grams', 'pcs', 'x'),
        (what, amount, unit) => {
          expect(needOf(`${what} ${amount} ${unit}`).budget).toBeUndefined();
        },
      ),
    );
  });
});
