import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Ceilings said in prose. On main (1b958b0) "I'd rather stay below 80 euros" was only a price wish (no budget), "I paid
// 250 and won't pay more than that" set no budget, and "au grand maximum" after an "environ" ending the sentence before
// was read as "around" (10 % more).

describe('a ceiling said in prose', () => {
  it('reads staying below a figure as a ceiling, however politely said', () => {
    expect(read('A glass electric kettle with a keep-warm mode. I would rather stay below sixty euros.').budget?.amountMinor).toBe(6000);
    expect(read('An office chair with a headrest. I\'d prefer to stay under 245.').budget?.amountMinor).toBe(24500);
    expect(read('Une brosse à dents électrique avec minuteur. Je préfère rester sous 70 €.').budget?.amountMinor).toBe(7000);
  });

  it('bounds a figure said before by "not more than that" or "that\'s my max"', () => {
    expect(read('A robot vacuum for the flat. My sister paid 320 for hers and I will not spend more than that.').budget?.amountMinor).toBe(32000);
    expect(read('Un casque sans fil avec réduction de bruit, 30 heures d\'autonomie. Mon dernier valait 180, je ne veux pas payer plus que ça.').budget?.amountMinor).toBe(18000);
    expect(read('An electric kettle: 55, that\'s my limit.').budget?.amountMinor).toBe(5500);
  });

  it('does not take a measure for the bounded figure, nor bound a figure without a negation', () => {
    const need = read('Headphones with 40 hours of battery; I do not want to pay more than that.');
    expect(need.budget).toBeUndefined();
    expect(read('A kettle: my old one cost 30 and I am happy to pay more than that for a good one.').budget).toBeUndefined();
  });

  it('reads "au grand maximum" as a ceiling, not as an approximation said a sentence before', () => {
    expect(read('Un ordinateur portable de 15 pouces environ. Neuf cents euros au grand maximum.').budget?.amountMinor).toBe(90000);
    expect(read('A monitor, 27 inches or so. Four hundred euros at the very most.').budget?.amountMinor).toBe(40000);
  });
});
