import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// A budget range with the currency written on each figure. On main (8e17732) "€450-€600" read as two ceilings (the
// hyphen between the first figure and the second sign was dropped as a word hyphen) and kept the lower one, and in
// "60€-95€" the hyphen after the sign was read as a minus, so the top was no usable budget: both kept the bottom.

describe('a budget range with the currency on both ends', () => {
  it('keeps the top of a range whose figures each carry the sign before them', () => {
    expect(read('A cordless stick vacuum for the flat, €450-€600').budget).toEqual({ amountMinor: 60000, currency: 'EUR' });
    expect(read('Road running shoes, size 42, $95-$140').budget).toEqual({ amountMinor: 14000, currency: 'USD' });
    expect(read('Un sac de couchage en duvet, £180-£240').budget).toEqual({ amountMinor: 24000, currency: 'GBP' });
    expect(read('A robot vacuum with a mop, €1,100-€1,450').budget).toEqual({ amountMinor: 145000, currency: 'EUR' });
  });

  it('keeps the top of a range whose figures each carry the sign after them', () => {
    expect(read('Une bouilloire en verre, 60€-95€').budget).toEqual({ amountMinor: 9500, currency: 'EUR' });
    expect(read('A tent for four people, 310£-390£').budget).toEqual({ amountMinor: 39000, currency: 'GBP' });
  });

  it('says the range back as a ceiling', () => {
    const u = readRequest('Headphones with noise cancelling, €120-€170');
    expect(u.kind === 'need' ? u.assumptions.join(' | ') : '').toContain('"€120-€170" read as a ceiling of 170');
  });

  it('still reads a minus sign before a temperature and a lone price with its sign', () => {
    expect(read('A sleeping bag rated to -8°C, under €200').budget?.amountMinor).toBe(20000);
    expect(read('Une bouilloire, 45 €').budget?.amountMinor).toBe(4500);
  });
});
