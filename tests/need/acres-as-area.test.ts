import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// An acre is 43,560 square feet (4,046.8564224 m²): "a mower for 2 acres" asks for a lawn area in the catalogue's m².
// On main (335da7e) "acres" was no unit and the figure was dropped.

describe('acres', () => {
  it('are converted to the catalogue\'s square metres', () => {
    const need = read('lawn mower for 3 acres, petrol, 900 euros max');
    expect(need.hardConstraints).toContainEqual({ attribute: 'lawn_area_m2', op: 'gte', value: Math.round(3 * 4046.8564224) });
  });
});
