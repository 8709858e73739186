import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// The opposite of a "<x>less" feature, "between … and …" ranges of one measure, and "down to" as a ceiling. On main
// (5055ee6) "a vacuum with a bag" was read as bagless (a clip of "bagless"), "a corded drill" said nothing, "between
// 20 and 30 litres" was no range and "rated down to -10 °C" no ceiling.

const valueOf = (text: string, attribute: string): unknown => {
  const need = read(text);
  return need.hardConstraints.find((c) => c.attribute === attribute)?.value ?? need.softPreferences.find((p) => p.attribute === attribute)?.value;
};

describe('the opposite of a "<x>less" feature', () => {
  it('reads "<x>ed" and "with a <x>" as the feature false, never a clip of it', () => {
    expect(valueOf('a corded drill for the garage', 'cordless')).toBe(false);
    expect(valueOf('a cylinder vacuum with a bag, quiet', 'bagless')).toBe(false);
  });

  it('lets the adjective for the product win over the bare feature word said of something else', () => {
    expect(valueOf('wired earbuds please, my daughter loses every wireless one', 'wireless')).toBe(false);
  });

  it('says nothing when negated or offered with its opposite', () => {
    expect(valueOf('wireless headphones, not wired', 'wireless')).toBe(true);
    expect(valueOf('a drill, corded or cordless', 'cordless')).not.toBe(false);
  });
});

describe('"between … and …" and "down to"', () => {
  it('reads "between 20 and 30 litres" and "entre 20 et 30 litres" as two bounds', () => {
    for (const text of ['a daypack between 20 and 30 litres', 'un sac à dos entre 20 et 30 litres']) {
      expect(read(text).hardConstraints).toEqual(expect.arrayContaining([
        { attribute: 'volume_l', op: 'gte', value: 20 },
        { attribute: 'volume_l', op: 'lte', value: 30 },
      ]));
    }
  });

  it('reads "down to -10 °C" as a ceiling', () => {
    expect(read('a synthetic sleeping bag rated down to -10 °C').hardConstraints).toContainEqual({ attribute: 'comfort_temp_c', op: 'lte', value: -10 });
  });
});
