import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A range of one measure is two bounds, and a figure beside the word naming its measure is that measure. On main
// (5055ee6) "a 50 to 65 inch tv" was a wish near 57.5 in, "frame 52 to 54" a price of 54, and the "max" before a
// price was taken as the ceiling of the measure before it.

describe('a range of one measure', () => {
  it('is a floor and a ceiling, the product inside it', () => {
    const need = read('a tv, 50 to 65 inch, oled');
    expect(need.hardConstraints).toEqual(expect.arrayContaining([
      { attribute: 'screen_in', op: 'gte', value: 50 },
      { attribute: 'screen_in', op: 'lte', value: 65 },
    ]));
  });

  it('keeps a floor and a ceiling said apart on one attribute, and a later bound on one side replaces the earlier', () => {
    const need = read('a washing machine, at least 8 kg, no more than 10 kg');
    expect(need.hardConstraints).toEqual(expect.arrayContaining([
      { attribute: 'capacity_kg', op: 'gte', value: 8 },
      { attribute: 'capacity_kg', op: 'lte', value: 10 },
    ]));
  });
});

describe('a figure with no unit beside the word naming its measure', () => {
  it('is that measure in its declared unit, never a price', () => {
    const need = read('a city bike, frame 52 to 54, under 900 euros');
    expect(need.hardConstraints).toEqual(expect.arrayContaining([
      { attribute: 'frame_size_cm', op: 'gte', value: 52 },
      { attribute: 'frame_size_cm', op: 'lte', value: 54 },
    ]));
    expect(need.budget?.amountMinor).toBe(90_000);
    const after = read('a gravel bike with a 58 frame');
    expect([...after.hardConstraints, ...after.softPreferences].some((r) => r.attribute === 'frame_size_cm' && r.value === 58)).toBe(true);
    expect(after.budget).toBeUndefined();
  });

  it('is none when the word beside it is a bound, though a name holds it ("Max load")', () => {
    expect(read('an office chair with a headrest, mesh, 250 max').budget?.amountMinor).toBe(25_000);
  });

  it('is none when the word names several measures ("size": frame and wheels)', () => {
    const need = read('a kids bike, size 20');
    expect([...need.hardConstraints, ...need.softPreferences].some((r) => r.attribute === 'frame_size_cm')).toBe(false);
  });
});

describe('a bound word followed by a figure', () => {
  it('belongs to that figure, not to the measure before it', () => {
    const need = read('a hiking backpack 30-40 L max 120');
    expect(need.budget?.amountMinor).toBe(12_000);
    expect(need.hardConstraints).toContainEqual({ attribute: 'volume_l', op: 'gte', value: 30 });
  });
});
