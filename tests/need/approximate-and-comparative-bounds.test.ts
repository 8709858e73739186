import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Each expectation fails on main (30aa7ea): a figure alone with "-ish" / "or so" was left unread, and a comparative
// or "mini" after a measure ("or colder", "or lighter", "25 cm mini") was no bound.

describe('an approximate figure alone', () => {
  it('is an approximate budget (the figure plus ten per cent)', () => {
    expect(read('a blender for smoothies, 80ish').budget?.amountMinor).toBe(8800);
    expect(read('a blender for smoothies, 80 or so').budget?.amountMinor).toBe(8800);
  });

  it('is no budget when a word after it says what it counts', () => {
    expect(read('trail running shoes size 42, I run 40ish km a week').budget).toBeUndefined();
  });
});

describe('a comparative or "mini" after a measure', () => {
  it('bounds the measure on the side it names', () => {
    expect(read('a synthetic sleeping bag rated -8°C or colder').hardConstraints).toContainEqual({ attribute: 'comfort_temp_c', op: 'lte', value: -8 });
    expect(read('a two person tent, 2.5 kg or lighter').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'lte', value: 2.5 });
    expect(read('un matelas de 20 cm mini').hardConstraints).toContainEqual({ attribute: 'thickness_cm', op: 'gte', value: 20 });
  });
});
