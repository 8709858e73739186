import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "en fait" says "actually" in two words: a figure taken back with it gives way to the later one ("60 euros max… en
// fait 90 ça ira"), as after "actually" or "non". On main (5175a4e) the first figure stayed the budget. ("fait" alone,
// "fait main", takes nothing back.)

describe('a figure taken back with "en fait"', () => {
  it('keeps the later figure', () => {
    expect(read('un casque bluetooth, 60 euros max… en fait 90 ça ira').budget?.amountMinor).toBe(9000);
    expect(read('une tente 2 places, 3 kg max, en fait 2 kg max, 300€').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'lte', value: 2 });
    expect(read('trail shoes size 44 en fait 45 under 150 euros').hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 45 });
  });

  it('leaves two figures joined by other words as typed', () => {
    const shoes = read('trail shoes size 44, no laces, under 160 euros');
    expect(shoes.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 44 });
    expect(shoes.budget?.amountMinor).toBe(16000);
  });
});
