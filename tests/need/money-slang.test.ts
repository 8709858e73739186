import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Prices said in words and money slang, and the currency a regional word names (reqfix35, requests18's money family):
// requests of our own, none from a blind table; every test but "never reads \"a grand\" before a noun" fails on main (332405d).

describe('money slang', () => {
  it('reads "a fiver" and "a tenner" as £5 and £10', () => {
    expect(read('ground decaf for the cafetière, a tenner tops').budget).toEqual({ amountMinor: 1000, currency: 'GBP' });
    expect(read('some whole bean coffee as a stocking filler, a fiver or so').budget).toEqual({ amountMinor: 550, currency: 'GBP' });
  });

  it('reads "a grand", "a grand and a half" and "a couple of hundred" as 1000, 1500 and 200', () => {
    expect(read('an electric cargo bike, a grand and a half max').budget?.amountMinor).toBe(150000);
    expect(read('a gravel bike for weekend rides, a grand').budget?.amountMinor).toBe(100000);
    expect(read('noise cancelling earbuds for the tube, a couple of hundred quid').budget).toEqual({ amountMinor: 20000, currency: 'GBP' });
    expect(read('des écouteurs sans fil, a couple of hundred euros max').budget).toEqual({ amountMinor: 20000, currency: 'EUR' });
  });

  it('reads "or thereabouts" after a price as about that much', () => {
    expect(read('a glass kettle, sixty pounds or thereabouts').budget).toEqual({ amountMinor: 6600, currency: 'GBP' });
  });

  it('never reads "a grand" before a noun as money', () => {
    expect(read('over-ear headphones with a grand soundstage, under 180 euros').budget?.amountMinor).toBe(18000);
  });
});

describe('the currency a regional word names', () => {
  it('reads "piasses" as Canadian dollars', () => {
    expect(read('un vélo de ville pour aller au cégep, trois cents piasses max').budget).toEqual({ amountMinor: 30000, currency: 'CAD' });
    expect(read('une bouilloire pas trop chère, quarante piasses').budget).toEqual({ amountMinor: 4000, currency: 'CAD' });
  });

  it('reads "balles" as Swiss francs in a Swiss message, euros elsewhere', () => {
    expect(read('Grüezi ! Un aspirateur sans sac, quatre cents balles au max').budget).toEqual({ amountMinor: 40000, currency: 'CHF' });
    expect(read('Une bouilloire en verre, huitante balles').budget).toEqual({ amountMinor: 8000, currency: 'CHF' });
    expect(read('Un aspirateur sans sac, quatre cents balles au max').budget).toEqual({ amountMinor: 40000, currency: 'EUR' });
  });

  it('reads dollars as Canadian in a message set in Canada, American elsewhere', () => {
    expect(read('I live in Montreal: a stainless kettle under 60 dollars').budget).toEqual({ amountMinor: 6000, currency: 'CAD' });
    expect(read('a stainless kettle under 60 dollars').budget).toEqual({ amountMinor: 6000, currency: 'USD' });
  });
});
