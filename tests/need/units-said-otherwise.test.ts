import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Measures said in other ways (requests9 family; each expectation fails on 032bab7).
const ruleOn = (text: string, attribute: string): unknown => {
  const need = read(text);
  return need.hardConstraints.find((c) => c.attribute === attribute)?.value ?? need.softPreferences.find((p) => p.attribute === attribute)?.value;
};

describe('degrees Fahrenheit', () => {
  it('converts "23°F" and "41 °F" to the declared Celsius', () => {
    expect(ruleOn('a sleeping bag rated to 23°F', 'comfort_temp_c')).toBe(-5);
    expect(ruleOn('sleeping bag, comfort 41 °F, synthetic fill', 'comfort_temp_c')).toBe(5);
  });

  it('reads no Fahrenheit from a lone F without the degree sign', () => {
    expect(ruleOn('sleeping bag 23 F', 'comfort_temp_c')).toBeUndefined();
  });
});

describe('one unit said with an article', () => {
  it('reads "a kilo", "a litre", "a week" as one of the unit', () => {
    expect(ruleOn('a kilo of whole beans, dark roast', 'weight_g')).toBe(1000);
    expect(ruleOn('an electric kettle, a litre is enough', 'capacity_l')).toBe(1);
    expect(ruleOn('an activity band with GPS, battery a week or more', 'battery_days')).toBe(7);
  });

  it('keeps a rate ("50 km a week", "twice a week") no measure', () => {
    expect(read('an activity band, I run 50 km a week').hardConstraints.filter((c) => c.attribute === 'battery_days')).toEqual([]);
    expect(read('an activity band for swimming twice a week').hardConstraints.filter((c) => c.attribute === 'battery_days')).toEqual([]);
  });
});
