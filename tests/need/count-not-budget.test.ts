import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNeed, readNeedOrPartial, readRequest } from './unseen-requests-judge.ts';

// On main (86050b1) each of these counts was read as a price ceiling: "a blender, 2 please" → budget 2.00 EUR, "une
// tente pour nous 4" → budget 4.00 EUR.
describe('a count of items or people is never a price', () => {
  it('reads a single digit standing alone after the product as how many, and says so', () => {
    const u = readRequest('a blender, 2 please');
    if (u.kind !== 'need') throw new Error(u.kind);
    expect(u.need.budget).toBeUndefined();
    expect(u.need.quantity).toBe(2);
    expect(u.assumptions).toContain('quantity: "2" read as how many you want (a price is written with its currency)');
    expect(readNeed('une bouilloire, 3 svp').quantity).toBe(3);
  });

  it('reads the speaker\'s group as a number of people: the tent\'s places, never money', () => {
    for (const text of ['une tente pour nous 4', 'a tent for the 4 of us', 'a tent, we are 4', "une tente, on est 4", 'a tent for us 4']) {
      const need = readNeed(text);
      expect(need.budget, text).toBeUndefined();
      expect(need.hardConstraints, text).toContainEqual({ attribute: 'capacity_persons', op: 'gte', value: 4 });
    }
  });

  it('counts people only where the speaker\'s group is named', () => {
    expect(readNeed('a tent, show us 3').hardConstraints.some((c) => c.attribute === 'capacity_persons')).toBe(false);
  });

  it('never reads the group as money where nothing counts people', () => {
    expect(readNeedOrPartial('coffee beans for the 4 of us').budget).toBeUndefined();
    expect(readNeedOrPartial('du café pour nous 6').budget).toBeUndefined();
  });

  it('still reads two digits and more as the budget, and a count with a price beside it', () => {
    expect(readNeed('a kettle, 40 please').budget?.amountMinor).toBe(4000);
    expect(readNeed('decaf beans 25').budget?.amountMinor).toBe(2500);
    const both = readNeed('a blender, 2 please, under 80 €');
    expect(both.quantity).toBe(2);
    expect(both.budget?.amountMinor).toBe(8000);
  });

  it('property: "<product>, N please" with a single digit N is N of them and no budget', () => {
    fc.assert(
      fc.property(fc.constantFrom('a blender', 'an electric kettle', 'coffee beans', 'a backpack', 'headphones'), fc.integer({ min: 1, max: 9 }), (what, n) => {
        const need = readNeedOrPartial(`${what}, ${n} please`);
        expect(need.budget).toBeUndefined();
        expect(need.quantity ?? 1).toBe(n);
      }),
      { numRuns: 40 },
    );
  });
});
