import { describe, expect, it } from 'vitest';
import { readNeed, readNeedOrPartial } from './unseen-requests-judge.ts';

// Two families the blind sets 15 and 16 missed, read here on requests of our own writing.
// 1. Makers offered as alternatives where one keeps its own "The" ("Vango or The North Face"): on main the "The"
//    between the "or" and the name broke the list, so both makers stayed mere preferences; and a "The" after a comma
//    ("jacket, The North Face or Columbia") was taken for a sentence's first word and dropped from the name.
// 2. A bound said over an equative ("at least as big as 55 inch", "au moins aussi grand que", "at most as heavy as"):
//    on main the equative hid the bound, so the figure was only a wish for that exact size. An adjective saying less
//    of the measure turns the bound ("at least as light as 2.2 kg": no heavier than 2.2 kg).

const makers = (text: string): unknown[] => readNeedOrPartial(text).hardConstraints.filter((c) => c.attribute === 'maker');
const rule = (text: string, attribute: string): unknown => readNeed(text).hardConstraints.find((c) => c.attribute === attribute);

describe('makers offered as alternatives, one with its own "The"', () => {
  it('requires either maker, keeping the name whole', () => {
    expect(makers('a 3 person tent by Vango or The North Face')).toEqual([{ attribute: 'maker', op: 'in', value: ['Vango', 'The North Face'] }]);
    expect(makers('sac à dos 30 L, Eastpak ou The North Face, pas plus de 90€')).toEqual([{ attribute: 'maker', op: 'in', value: ['Eastpak', 'The North Face'] }]);
  });

  it('reads a "The" after a comma as the name\'s own', () => {
    expect(makers('winter coat, The North Face or Columbia, size M')).toEqual([{ attribute: 'maker', op: 'in', value: ['The North Face', 'Columbia'] }]);
  });
});

describe('a bound said over an equative', () => {
  it('is a floor after "at least" / "au moins", whatever the adjective', () => {
    expect(rule('need a tv at least as large as a 65 inch, 4K', 'screen_in')).toEqual({ attribute: 'screen_in', op: 'gte', value: 65 });
    expect(rule('un téléviseur au moins aussi grand que 50 pouces', 'screen_in')).toEqual({ attribute: 'screen_in', op: 'gte', value: 50 });
  });

  it('is a ceiling after "at most" / "au plus"', () => {
    expect(rule('hard shell suitcase at most as heavy as 3 kg', 'weight_kg')).toEqual({ attribute: 'weight_kg', op: 'lte', value: 3 });
    expect(rule('une valise cabine au plus aussi lourde que 2,5 kg', 'weight_kg')).toEqual({ attribute: 'weight_kg', op: 'lte', value: 2.5 });
  });

  it('turns when the adjective says less of the measure ("as light as": no heavier)', () => {
    expect(rule('carry-on suitcase at least as light as 2.2 kg', 'weight_kg')).toEqual({ attribute: 'weight_kg', op: 'lte', value: 2.2 });
    expect(rule('une valise cabine au moins aussi légère que 2,8 kg', 'weight_kg')).toEqual({ attribute: 'weight_kg', op: 'lte', value: 2.8 });
  });
});
