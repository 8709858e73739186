import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// A declared value written with a digit ("4K", "5K", "5G") used to be read apart from the other values, so the choice
// it was offered in lost one side ("QHD or 5K" kept QHD, "4K or 5K" kept 5K) and a negation before it was dropped
// ("not 5G" wanted 5G): each expectation fails on main (30aa7ea).

const rule = (text: string, attribute: string) => readNeed(text).hardConstraints.filter((c) => c.attribute === attribute);

describe('declared values written with a digit', () => {
  it('join the other values offered with them into one choice, in either order', () => {
    expect(rule('a computer monitor, QHD or 5K, 27 inch', 'resolution')).toEqual([{ attribute: 'resolution', op: 'in', value: ['qhd', '5k'] }]);
    expect(rule('an ultrawide monitor in 5K or QHD', 'resolution')).toEqual([{ attribute: 'resolution', op: 'in', value: ['5k', 'qhd'] }]);
    expect(rule('a monitor for photo work, 4K or 5K please', 'resolution')).toEqual([{ attribute: 'resolution', op: 'in', value: ['4k', '5k'] }]);
  });

  it('are excluded when negated', () => {
    const five = rule('a cheap smartphone, not 5G, 128 GB', 'five_g');
    expect(five).toEqual([{ attribute: 'five_g', op: 'eq', value: false }]);
  });

  it('are never read as money ("5K" is no 5000)', () => {
    expect(readNeed('a monitor, QHD or 5K').budget).toBeUndefined();
  });
});
