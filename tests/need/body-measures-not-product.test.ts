import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A person's height and weight are never a measure of the product (requests12's body-measure family, reqfix29):
// "I'm 1m76 and about 70 kilos" on a bike fills no frame size and no bike weight. Requests written for this test; each
// fails on ffc15d1.

const measured = (text: string, attribute: string): unknown[] => {
  const need = read(text);
  return [...need.hardConstraints, ...need.softPreferences].filter((r) => r.attribute === attribute).map((r) => r.value);
};

describe('a body measure', () => {
  it('is no frame size and no weight of a bike', () => {
    const text = "Hi, I'm 1m76 and about 70 kilos, I'd like a hybrid bike for commuting, 900 euros";
    expect(measured(text, 'frame_size_cm')).toEqual([]);
    expect(measured(text, 'weight_kg')).toEqual([]);
    expect(measured('a kids bike for my son, he is 1m30, 300 euros', 'frame_size_cm')).toEqual([]);
  });

  it('leaves a measure of the product said after it', () => {
    expect(measured("je mesure 1,80 m et je cherche un vélo de route avec un cadre de 56 cm, 1500 euros", 'frame_size_cm')).toEqual([56]);
  });
});
