import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('declared values people write short', () => {
  it('reads a short value with a digit ("4K") and a label\'s bracketed aside ("Cellulaire (4G/5G)": "4G")', () => {
    expect(need('27 inch 4K monitor with USB-C').hardConstraints).toContainEqual({ attribute: 'resolution', op: 'eq', value: '4k' });
    expect(need('tablette 11 pouces compatible stylet avec 4G').hardConstraints).toContainEqual({ attribute: 'cellular', op: 'eq', value: true });
  });
});
