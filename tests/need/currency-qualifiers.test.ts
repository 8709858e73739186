import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Currencies said with a sign, a word or a country (requests12's currency family, reqfix29): "CA$", "$ CA",
// "Australian dollars", "francs CFA", "¥", "zł", "kronor". A country word is part of the currency, never a maker.
// Requests written for this test; each fails on ffc15d1.

const makers = (text: string): unknown[] => {
  const need = read(text);
  return [...need.hardConstraints, ...need.softPreferences].filter((r) => r.attribute === 'maker').map((r) => r.value);
};

describe('whose dollars', () => {
  it('reads a country glued to the sign, before it or after it', () => {
    expect(read('a bluetooth speaker, up to CA$180').budget).toEqual({ amountMinor: 18000, currency: 'CAD' });
    expect(read('a bluetooth speaker, up to A$180').budget).toEqual({ amountMinor: 18000, currency: 'AUD' });
    expect(read('une enceinte bluetooth, maximum 120 $ CA').budget).toEqual({ amountMinor: 12000, currency: 'CAD' });
  });

  it('reads a country word before or after the currency word, and never as a maker', () => {
    expect(read('an office chair, at most 900 Australian dollars').budget).toEqual({ amountMinor: 90000, currency: 'AUD' });
    expect(makers('an office chair, at most 900 Australian dollars')).toEqual([]);
    expect(read('une chaise de bureau, maximum 400 dollars canadiens').budget).toEqual({ amountMinor: 40000, currency: 'CAD' });
    expect(read('un vélo de ville, budget 200 000 francs CFA').budget).toEqual({ amountMinor: 200000, currency: 'XOF' });
  });
});

describe('currencies beyond the euro, the pound and the dollar', () => {
  it('reads the yen sign, the złoty and Swedish crowns', () => {
    expect(read('a cabin suitcase under ¥15,000').budget).toEqual({ amountMinor: 15000, currency: 'JPY' });
    expect(read('a latex mattress, up to 2 000 zł').budget).toEqual({ amountMinor: 200000, currency: 'PLN' });
    expect(read('a latex mattress, up to 2 000 zloty').budget).toEqual({ amountMinor: 200000, currency: 'PLN' });
    expect(read('a down sleeping bag, 2 500 kronor max').budget).toEqual({ amountMinor: 250000, currency: 'SEK' });
    expect(read('un VTT, 90 000 FCFA maximum').budget).toEqual({ amountMinor: 90000, currency: 'XOF' });
  });
});

describe('a country word before a currency that needs none', () => {
  it('reads "Swedish kronor" as SEK and "Swedish" as no maker', () => {
    expect(read('a synthetic sleeping bag, up to 2 000 Swedish kronor').budget).toEqual({ amountMinor: 200000, currency: 'SEK' });
    expect(makers('a synthetic sleeping bag, up to 2 000 Swedish kronor')).toEqual([]);
  });
});
