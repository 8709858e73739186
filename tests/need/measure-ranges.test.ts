import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A range of one measure whose unit comes after its high end ("20-25L", "2 à 4 joueurs"): on main (30aa7ea) the low
// end was left to the bare-number reader and read as a price, or read as a count of its own. Since reqfix28 the range
// is two bounds (measure-range-bounds.test.ts), no longer a wish near its middle.

describe('a range of one measure', () => {
  it('claims its low end, which is never a price', () => {
    const need = read('a hiking backpack, 30-40L, green');
    expect(need.budget).toBeUndefined();
    expect(need.hardConstraints).toEqual(expect.arrayContaining([
      { attribute: 'volume_l', op: 'gte', value: 30 },
      { attribute: 'volume_l', op: 'lte', value: 40 },
    ]));
    expect(read('une bouilloire de 1 à 1,5 l').budget).toBeUndefined();
  });

  it('on a range declared as two attributes, needs both ends', () => {
    expect(read('a cooperative board game for 3-5 players').hardConstraints).toEqual(
      expect.arrayContaining([
        { attribute: 'min_players', op: 'lte', value: 3 },
        { attribute: 'max_players', op: 'gte', value: 5 },
      ]),
    );
  });
});
