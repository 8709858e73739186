import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// On main (b96e232) a tax word beside a price ("TTC", "HT", "incl. VAT") was left over, or read as a maker ("TTC",
// "VAT"); and a price taken back with words further from the next one than a correction in the same breath ("€45…
// oops, that was for the lamp; for the desk it's 300 euros") kept the lower figure. The tax word belongs to the amount;
// the price taken back gives way to the next one, and the correction is said back.

const said = (text: string): string => {
  const u = readRequest(text);
  return u.kind === 'need' ? [...u.assumptions, ...u.notUnderstood].join(' | ') : [...u.notUnderstood].join(' | ');
};

describe('a price taken back after it is said', () => {
  it('keeps the next price when the first is taken back, however many words stand between', () => {
    expect(read('Electric kettle, stainless steel. Max 45 euros... oops, that was the toaster budget; for the kettle I can go to 70 euros.').budget?.amountMinor).toBe(7000);
    expect(read('A robot vacuum, under 250 pounds, no wait, my brother is chipping in, so up to 400 pounds.').budget).toEqual({ amountMinor: 40000, currency: 'GBP' });
    expect(read("Une chaise de bureau à 150 €, non pardon, je me suis trompé : mon budget c'est 220 €.").budget?.amountMinor).toBe(22000);
  });

  it('says back which price it kept, and leaves no word of the correction over', () => {
    const text = 'A robot vacuum, under 250 pounds, no wait, my brother is chipping in, so up to 400 pounds.';
    expect(said(text)).toContain('correction');
    expect(said(text)).not.toMatch(/"no wait"/);
  });

  it('keeps the only price when nothing replaces it', () => {
    expect(read('A yoga mat under 60 euros, sorry for the long message.').budget?.amountMinor).toBe(6000);
  });
});

describe('a tax word beside a price', () => {
  it('is part of the amount, never a maker nor a leftover', () => {
    for (const text of ['Aspirateur balai sans fil, 280 € TTC au maximum.', 'Office chair with a headrest, €350 incl. VAT max', 'Perceuse sans fil 18 V, 150 € HT maximum']) {
      const need = read(text);
      expect(need.budget?.currency).toBe('EUR');
      expect(need.softPreferences.filter((p) => p.attribute === 'maker')).toEqual([]);
      expect(said(text)).not.toMatch(/TTC|VAT|incl|HT/);
    }
    expect(read('Office chair with a headrest, €350 incl. VAT max').budget?.amountMinor).toBe(35000);
  });
});
