import { describe, expect, it } from 'vitest';
import type { HardConstraint } from '../../protocol/index.ts';
import { readNeed } from './unseen-requests-judge.ts';

// On main (dc0427d) figures offered as alternatives ("55 or 65 inch", "1,5 ou 1,7 L", "16GB/32GB") kept only the last
// one, as a wish: the others were dropped. Listing them says which will do, as "blue or green" does for declared values:
// one hard `in` rule over every figure, in the measure's declared unit, the unit typed once or with each figure.

/** The hard rule read on one attribute. */
function ruleOn(text: string, attribute: string): HardConstraint | undefined {
  return readNeed(text).hardConstraints.find((c) => c.attribute === attribute);
}

describe('figures offered as alternatives', () => {
  it('reads the unit typed once, after the last figure, in English and French', () => {
    expect(ruleOn('a 55 or 65 inch OLED TV under 1500 euros', 'screen_in')).toEqual({ attribute: 'screen_in', op: 'in', value: [55, 65] });
    expect(ruleOn('bouilloire de 1,5 ou 1,7 L, moins de 50 €', 'capacity_l')).toEqual({ attribute: 'capacity_l', op: 'in', value: [1.5, 1.7] });
    expect(ruleOn('laptop with 16 or 32 GB RAM, max 1200€', 'ram_gb')).toEqual({ attribute: 'ram_gb', op: 'in', value: [16, 32] });
  });

  it('reads the unit typed with each figure, joined by "or", "ou" or a slash', () => {
    expect(ruleOn('e-reader 16GB/32GB, not Amazon', 'storage_gb')).toEqual({ attribute: 'storage_gb', op: 'in', value: [16, 32] });
    expect(ruleOn('un sac à dos de 20 L ou 30 L pour la rando', 'volume_l')).toEqual({ attribute: 'volume_l', op: 'in', value: [20, 30] });
  });

  it('reads a list whose commas lead to an "or"', () => {
    expect(ruleOn('a kids bike with 14, 16 or 20 inch wheels', 'wheel_size_in')).toEqual({ attribute: 'wheel_size_in', op: 'in', value: [14, 16, 20] });
  });

  it('leaves a bound, a range and a list of other measures as they were', () => {
    expect(ruleOn('a TV of 55 inch or more', 'screen_in')).toEqual({ attribute: 'screen_in', op: 'gte', value: 55 });
    expect(ruleOn('a 2-4 person tent', 'capacity_persons')?.op).not.toBe('in');
    expect(readNeed('laptop 16 GB RAM, 512 GB SSD, under 900 euros').hardConstraints.filter((c) => c.op === 'in')).toEqual([]);
  });
});
