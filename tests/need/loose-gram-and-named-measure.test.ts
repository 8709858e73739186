import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (5055ee6) "under 250 g" for headphones was left unread (a lone "g" had to be glued to its number outside
// coffee), and "1200 spin" on a washing machine was no spin speed (the word also names "Noise (spin)").

describe('a weight in grams written apart', () => {
  it('is read for headphones and shoes, as for coffee', () => {
    expect(read('over-ear headphones under 250 g').hardConstraints).toContainEqual({ attribute: 'weight_g', op: 'lte', value: 250 });
    expect(read('road running shoes EU 44, under 230 g').hardConstraints).toContainEqual({ attribute: 'weight_g', op: 'lte', value: 230 });
  });
});

describe('a unitless figure beside a word several labels hold', () => {
  it('is the measure whose own name holds the word', () => {
    const need = read('a front loader washing machine 8kg 1200 spin');
    expect([...need.hardConstraints, ...need.softPreferences].some((r) => r.attribute === 'spin_rpm' && r.value === 1200)).toBe(true);
    expect(need.budget).toBeUndefined();
  });
});
