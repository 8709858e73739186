import { describe, expect, it } from 'vitest';
import { categoryOf, readNeed, readNeedOrPartial, readRequest } from './unseen-requests-judge.ts';

// Measures said in a unit other than the catalogue attribute's (reqfix37, issue 9): pounds, ounces, pints, square feet,
// inches for a length in cm, heights in feet and inches. The expected figures are computed here from the legal
// definitions (1 lb = 0.45359237 kg, 1 inch = 2.54 cm, 1 sq ft = 0.09290304 m², imperial pint = 0.56826125 L, US pint
// = 0.473176473 L), then rounded to the step the attribute is stated in (kg and L to a tenth, g, cm and m² whole).
// Every request fails on 8e17732.

const LB_KG = 0.45359237;
const INCH_CM = 2.54;
const SQFT_M2 = 0.09290304;
const UK_PINT_L = 0.56826125;
const US_PINT_L = 0.473176473;
const tenth = (x: number): number => Math.round(x * 10) / 10;

const rules = (text: string) => {
  const need = readNeed(text);
  return [...need.hardConstraints.map((c) => ({ attribute: c.attribute, value: c.value })), ...need.softPreferences.map((p) => ({ attribute: p.attribute, value: p.value }))];
};

describe('a measure in another unit is converted exactly, then rounded to the step its attribute is stated in', () => {
  it('reads pounds into kilograms (EN and FR)', () => {
    expect(readNeed('a tent under 4.5 lb, €300 max').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'lte', value: tenth(4.5 * LB_KG) });
    expect(readNeed('une tente de moins de 4,5 lbs, 300 € max').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'lte', value: tenth(4.5 * LB_KG) });
  });

  it('reads square feet into square metres (EN and FR)', () => {
    expect(readNeed('an air purifier for a 250 sq ft study').hardConstraints).toContainEqual({ attribute: 'room_m2', op: 'gte', value: Math.round(250 * SQFT_M2) });
    expect(readNeed("un purificateur d'air pour un bureau de 250 pieds carrés").hardConstraints).toContainEqual({ attribute: 'room_m2', op: 'gte', value: Math.round(250 * SQFT_M2) });
  });

  it('reads pints as British where the person pays in sterling, American otherwise (EN and FR)', () => {
    expect(rules('an electric kettle, 2 pints, £40 max')).toContainEqual({ attribute: 'capacity_l', value: tenth(2 * UK_PINT_L) });
    expect(rules('an electric kettle, 2 pints, $40 max')).toContainEqual({ attribute: 'capacity_l', value: tenth(2 * US_PINT_L) });
    expect(rules('une bouilloire de 2 pintes, 40 £ maxi')).toContainEqual({ attribute: 'capacity_l', value: tenth(2 * UK_PINT_L) });
  });

  it('reads inches said with the length they measure into that length in cm (EN and FR)', () => {
    const mat = readNeed('a yoga mat at least 70 inches long, 6 mm thick');
    expect(mat.hardConstraints).toContainEqual({ attribute: 'length_cm', op: 'gte', value: Math.round(70 * INCH_CM) });
    expect(rules('a yoga mat at least 70 inches long, 6 mm thick')).toContainEqual({ attribute: 'thickness_mm', value: 6 });
    expect(readNeed("un tapis de yoga d'au moins 70 pouces de long, épais de 6 mm").hardConstraints).toContainEqual({ attribute: 'length_cm', op: 'gte', value: Math.round(70 * INCH_CM) });
  });
});

describe("the person's own conversion wins over ours", () => {
  it('keeps a figure typed in the attribute\'s unit over the same figure restated in another (EN and FR)', () => {
    expect(rules('loose black tea, a 250 g bag (8.8 oz)')).toContainEqual({ attribute: 'weight_g', value: 250 });
    expect(rules('du thé noir en vrac, un sachet de 250 g (8,8 oz)')).toContainEqual({ attribute: 'weight_g', value: 250 });
  });

  it('keeps the bound said with the first figure when the restated one has none', () => {
    expect(readNeed('a tent under 4.4 lbs (2 kg)').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'lte', value: 2 });
  });
});

describe('a height in feet and inches is the person, not the product', () => {
  it('reads no measure and no age from "he\'s 5\'8"" or from the same height restated in cm (EN and FR)', () => {
    const bike = readNeedOrPartial('a bike for my son, he\'s 5\'8" (173 cm), €900 max');
    expect(bike.hardConstraints.map((c) => c.attribute)).not.toContain('wheel_size_in');
    expect(bike.softPreferences.map((p) => p.attribute)).not.toContain('wheel_size_in');
    expect([...bike.hardConstraints, ...bike.softPreferences].map((r) => r.attribute)).not.toContain('frame_size_cm');
    expect(bike.recipient?.ageYears).not.toBe(5);
    expect(categoryOf(readRequest('un tapis de yoga, je mesure 6\'1", au moins 72 pouces de long'))).toBe('3640');
    expect(readNeed('un tapis de yoga, je mesure 6\'1", au moins 72 pouces de long').hardConstraints).toEqual([{ attribute: 'length_cm', op: 'gte', value: Math.round(72 * INCH_CM) }]);
  });
});
