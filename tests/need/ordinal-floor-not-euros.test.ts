import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// An address line in a purchase order ("4 rue des Lilas, 2e étage") is never a budget: an "e" glued to a figure and
// followed by the noun it ranks is an ordinal, not euros. On main (9335c06) "2e étage" was a ceiling of 2 € and, the
// lowest ceiling winning, the order's "Budget total 120 €" was lost.

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a figure ranked with a glued "e"', () => {
  it('is an ordinal, not euros', () => {
    expect(budget('deux bouilloires pour le bureau, livraison au 3e étage, 90 € maximum')).toBe(9000);
    expect(budget('une bouilloire inox, 10 avenue Foch, 5e étage, budget total 60 €')).toBe(6000);
    expect(budget('a kettle delivered to the 16e arrondissement, max 70 euros')).toBe(7000);
  });

  it('is still euros before a bound, a unit priced by or a function word', () => {
    expect(budget('des croquettes, 40e le sac')).toBe(4000);
    expect(budget('une bouilloire, 50e max')).toBe(5000);
    expect(budget('une bouilloire 60e pour ma mère')).toBe(6000);
  });
});
