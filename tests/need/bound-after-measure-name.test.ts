import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A measure's bound said after the word naming it, a unit said in the person's own words before the measure's name,
// and tens said in words. On main (5055ee6) "20h battery at least" was a wish near 20 h with "at least" left over,
// "60 nuits d'essai" was not read, and "twenty hours" was no figure.

describe('a bound after the words naming the measure', () => {
  it('reads "20h battery at least" as a floor', () => {
    expect(read('a bluetooth speaker, 20h battery at least').hardConstraints).toContainEqual({ attribute: 'battery_hours', op: 'gte', value: 20 });
  });

  it('reads "8gb ram or more" and "3 weeks battery max" with their bounds', () => {
    expect(read('a laptop with 8gb ram or more').hardConstraints).toContainEqual({ attribute: 'ram_gb', op: 'gte', value: 8 });
    expect(read('a fitness band, 3 weeks battery max').hardConstraints).toContainEqual({ attribute: 'battery_days', op: 'lte', value: 21 });
  });
});

describe('a unit in the person\'s own words, then what it measures', () => {
  it('reads "60 nuits d\'essai" as the trial in nights', () => {
    const need = read('un matelas en mousse, 60 nuits d\'essai');
    expect([...need.hardConstraints, ...need.softPreferences].some((r) => r.attribute === 'trial_nights' && r.value === 60)).toBe(true);
    expect(need.budget).toBeUndefined();
  });
});

describe('tens in words before a unit', () => {
  it('reads "twenty hours of battery" and "trente heures"', () => {
    expect(read('a laptop, twenty hours battery or more').hardConstraints).toContainEqual({ attribute: 'battery_hours', op: 'gte', value: 20 });
    const fr = read('une enceinte bluetooth, trente heures d\'autonomie au moins');
    expect(fr.hardConstraints).toContainEqual({ attribute: 'battery_hours', op: 'gte', value: 30 });
  });
});
