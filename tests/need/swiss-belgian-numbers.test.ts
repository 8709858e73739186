import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Belgian and Swiss French count the tens after sixty in one word (septante, huitante/octante, nonante) and pay in
// francs: each expectation fails on main (30aa7ea), where those words are no number and "francs" no currency.

describe('Belgian and Swiss number words', () => {
  it('reads septante, huitante, octante and nonante as 70, 80, 80 and 90, alone or in a longer number', () => {
    expect(read('une bouilloire, moins de septante euros').budget).toEqual({ amountMinor: 7000, currency: 'EUR' });
    expect(read('un mixeur, maximum huitante euros').budget?.amountMinor).toBe(8000);
    expect(read('un mixeur, maximum octante euros').budget?.amountMinor).toBe(8000);
    expect(read('une tente, pas plus de cent nonante-cinq euros').budget?.amountMinor).toBe(19500);
  });

  it('reads francs as Swiss francs', () => {
    expect(read('une bouilloire, nonante francs au plus').budget).toEqual({ amountMinor: 9000, currency: 'CHF' });
    expect(read('a tent under 300 francs').budget).toEqual({ amountMinor: 30000, currency: 'CHF' });
  });
});
