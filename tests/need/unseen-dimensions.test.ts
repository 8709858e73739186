import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('width × length', () => {
  it('reads "160x200" and "140 x 190" as the declared width (not 160 mattresses)', () => {
    const foam = need('memory foam mattress 160x200, medium firmness');
    expect(foam.quantity).toBe(1);
    expect(foam.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'width_cm', value: 160 }));
    const springs = need('matelas ressorts ensachés 140 x 190 ferme');
    expect(springs.quantity).toBe(1);
    expect(springs.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'width_cm', value: 140 }));
  });

  it('still reads "2 x 250g" as two 250 g packs', () => {
    const coffee = need('2 x 250g coffee beans');
    expect(coffee.quantity).toBe(2);
  });
});
