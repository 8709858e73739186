import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('which declared attribute a measure fills', () => {
  it('fills each measure of one dimension into its own attribute ("16GB RAM 512GB SSD"), the one in the unit typed ("16 inch" wheels)', () => {
    const laptop = need('laptop 16GB RAM 512GB SSD 14 inch');
    expect(laptop.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'ram_gb', value: 16 }));
    expect(laptop.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'storage_gb', value: 512 }));
    expect(laptop.softPreferences.some((p) => p.attribute === 'maker' && p.value === 'RAM')).toBe(false);
    expect(need('kids bike 16 inch for my niece').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'wheel_size_in', value: 16 }));
    expect(need('VTT semi-rigide 29 pouces taille L').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'wheel_size_in', value: 29 }));
    expect(need('mountain bike with a 19 inch frame').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'frame_size_cm' }));
  });

  it('reads a measure introduced by "for"/"pour" as what the product must cope with ("for a 40m² room": at least 40)', () => {
    expect(need('air purifier with HEPA filter for a 40m² room').hardConstraints).toContainEqual({ attribute: 'room_m2', op: 'gte', value: 40 });
    expect(need("purificateur d'air pour une chambre de 20 m2").hardConstraints).toContainEqual({ attribute: 'room_m2', op: 'gte', value: 20 });
  });
});

describe('a measure does not swallow the next value', () => {
  it('leaves "taille L" after "29 pouces" to the size reader', () => {
    expect(need('VTT semi-rigide 29 pouces taille L').hardConstraints).toContainEqual({ attribute: 'size', op: 'eq', value: 'L' });
  });
});
