import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('an occasion after "before" is also a deadline', () => {
  it('reads "before Christmas" / "avant Noël" as the occasion and a delivery date', () => {
    const lego = need('Lego Technic set before Christmas');
    expect(lego.recipient?.occasion).toBe('christmas');
    expect(lego.deadline?.slice(0, 10)).toBe('2026-12-25');
    expect(need('un puzzle avant Noël').deadline?.slice(0, 10)).toBe('2026-12-25');
  });
});
