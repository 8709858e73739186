import { describe, expect, it } from 'vitest';
import { marketVocabularyOf, understandNeedText, type MarketVocabulary, type PartialNeed } from '../../agent/need/index.ts';
import type { AttributeDefinition } from '../../protocol/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

// A figure said in a unit far from the one an attribute is declared in measures something else. On main (c2459a6)
// "a road bike for 15km rides" asked for a frame of at least 1,500,000 cm, "trajets de 20 km" for wheels of 787,401
// inches and "a tent for a 20 km hike" for a waterhead of 20,000,000 mm: a distance travelled read as a product's size.

function needOf(text: string): PartialNeed & { said: string[] } {
  const u = readRequest(text);
  if (u.kind === 'unsupported') throw new Error(`${text}: ${u.message}`);
  const need = u.kind === 'need' ? u.need : u.partial;
  return { ...need, said: u.notUnderstood };
}

const rulesOf = (need: PartialNeed): Array<{ attribute: string; value?: unknown }> => [...need.hardConstraints, ...need.softPreferences];

describe('a distance is never a size', () => {
  it('a distance in km or miles on a bike fills neither the frame nor the wheels, and is said back', () => {
    for (const text of ['a road bike for 15km rides', 'a city bike for my commute of 12 km, under 800 euros', 'un vélo de ville pour des trajets de 20 km', 'a city bike for a 3 mile commute']) {
      const need = needOf(text);
      expect(need.category, text).toBe('1026');
      expect(rulesOf(need).filter((r) => r.attribute === 'frame_size_cm' || r.attribute === 'wheel_size_in'), text).toEqual([]);
      expect(need.said.some((s) => /\d\s*(km|mile)/.test(s)), text).toBe(true);
    }
    expect(needOf('a city bike for my commute of 12 km, under 800 euros').budget?.amountMinor).toBe(80_000);
  });

  it('reads a unit word as its unit, never as a slip of a declared value ("miles" was read as the gender "males")', () => {
    const need = needOf('a city bike for a commute of 10 miles');
    expect(rulesOf(need).some((r) => r.attribute === 'gender')).toBe(false);
    expect(need.said.some((s) => s.includes('10 miles'))).toBe(true);
  });

  it('holds in any category whose lengths are declared in small units (a tent’s waterhead in mm, a sleeping bag’s length in cm)', () => {
    expect(rulesOf(needOf('a tent for a 20 km hike')).some((r) => r.attribute === 'waterhead_mm')).toBe(false);
    expect(rulesOf(needOf('a sleeping bag for a 100 km trek')).some((r) => r.attribute === 'length_cm')).toBe(false);
  });

  it('keeps a figure said in the declared unit or a neighbouring one', () => {
    expect(rulesOf(needOf('a road bike, frame 56 cm'))).toContainEqual(expect.objectContaining({ attribute: 'frame_size_cm', value: 56 }));
    expect(rulesOf(needOf('a laptop with 1 TB storage'))).toContainEqual(expect.objectContaining({ attribute: 'storage_gb', value: 1024 }));
    expect(rulesOf(needOf('a tent, 3000 mm waterhead'))).toContainEqual(expect.objectContaining({ attribute: 'waterhead_mm', value: 3000 }));
    expect(rulesOf(needOf('a tent under 2 kg'))).toContainEqual(expect.objectContaining({ attribute: 'weight_kg', value: 2 }));
  });
});

describe('among lengths declared at several scales', () => {
  const BIKE: AttributeDefinition[] = [
    { name: 'frame_size_cm', type: 'number', unit: 'cm', labels: { en: 'Frame size' }, description: 'Seat-tube length' },
    { name: 'assisted_range', type: 'number', unit: 'km', labels: { en: 'Assisted range' }, description: 'How far the battery carries you' },
  ];
  const market: MarketVocabulary = marketVocabularyOf([{ categories: ['1026'], attributeSchemas: [{ category: '1026', attributes: BIKE }] }]);
  const read = (text: string): PartialNeed => {
    const u = understandNeedText(text, { now: new Date('2026-12-01T10:00:00.000Z'), defaultCurrency: 'EUR', market });
    if (u.kind === 'unsupported') throw new Error(text);
    return u.kind === 'need' ? u.need : u.partial;
  };

  it('a distance goes to the attribute declared at its scale, a frame size to the frame', () => {
    // The frame is declared first: on main "at least 40 miles", a unit neither declares, filled it (6,437,376 cm).
    const far = rulesOf(read('an electric bike, at least 40 miles'));
    expect(far).toContainEqual(expect.objectContaining({ attribute: 'assisted_range', value: 64.3738 }));
    expect(far.some((r) => r.attribute === 'frame_size_cm')).toBe(false);
    expect(rulesOf(read('an electric bike, at least 60 km'))).toContainEqual(expect.objectContaining({ attribute: 'assisted_range', value: 60 }));
    expect(rulesOf(read('an electric bike, 54 cm'))).toContainEqual(expect.objectContaining({ attribute: 'frame_size_cm', value: 54 }));
  });
});
