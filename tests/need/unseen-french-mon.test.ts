import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('English day abbreviations in a French request', () => {
  it('reads "pour mon fils" as whom it is for, not a Monday deadline', () => {
    // "un casque" alone is headphones or a bicycle helmet (a question, openworld24): "casque audio" says which.
    expect(need('un casque audio pour mon fils').deadline).toBeUndefined();
    expect(need('headphones by Mon').deadline).toBe('2026-12-07T23:59:59.999Z');
    expect(need('un casque audio pour lundi').deadline).toBe('2026-12-07T23:59:59.999Z');
  });
});
