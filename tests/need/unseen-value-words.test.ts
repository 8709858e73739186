import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('French and everyday words for declared values', () => {
  it('reads brakes, laptop sleeves, top loaders, built-in lights and smartwatches', () => {
    expect(need('VTT semi-rigide 29 pouces, freins à disque hydrauliques').hardConstraints).toContainEqual({ attribute: 'brake_type', op: 'eq', value: 'hydraulic-disc' });
    expect(need('sac à dos pour ordinateur 15,6 pouces').hardConstraints).toContainEqual({ attribute: 'backpack_type', op: 'eq', value: 'laptop' });
    expect(need('lave-linge top 7kg').hardConstraints).toContainEqual({ attribute: 'loading', op: 'eq', value: 'top' });
    expect(need('casque vélo urbain avec lumière intégrée').hardConstraints).toContainEqual({ attribute: 'integrated_light', op: 'eq', value: true });
    expect(need('fitness tracker with GPS, no smartwatch').hardConstraints).toContainEqual({ attribute: 'form', op: 'neq', value: 'watch' });
  });
});
