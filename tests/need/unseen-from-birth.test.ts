import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('where a product\'s use starts is not an occasion', () => {
  it('reads "dès la naissance" as the from-birth attribute, not a birth present', () => {
    const stroller = need('poussette compacte dès la naissance, moins de 7 kg');
    expect(stroller.hardConstraints).toContainEqual({ attribute: 'from_birth', op: 'eq', value: true });
    expect(stroller.recipient).toBeUndefined();
  });

  it('still reads a birth present as one', () => {
    expect(need('un cadeau de naissance : une poussette compacte').recipient?.occasion).toBe('baby shower');
  });
});
