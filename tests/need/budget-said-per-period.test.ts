import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// A price said per period. On main (8e17732) "€30 a month over 24 months" kept 30 as the budget (the span was read as a
// measure the brands do not state), "£15 per month" left "per month" unread, and in "25 euros a month" for an open
// category "a month" was read as a measure of one month.

describe('a budget said per period', () => {
  it('is the total it makes over the span said', () => {
    expect(read('A smartphone with 128 GB, I can pay €30 a month over 24 months').budget).toEqual({ amountMinor: 72000, currency: 'EUR' });
    expect(read('Un ordinateur portable, 40 €/mois pendant 2 ans, pas Apple').budget).toEqual({ amountMinor: 96000, currency: 'EUR' });
    expect(read('An e-reader, $12 per month for the next 12 months').budget).toEqual({ amountMinor: 14400, currency: 'USD' });
    expect(read('Un téléviseur 55 pouces, 50 € par mois sur un an').budget).toEqual({ amountMinor: 60000, currency: 'EUR' });
  });

  it('is one period\'s budget when no span is said, and says so', () => {
    expect(read('Dry dog food for a small dog, one bag lasts a month, £15 per month').budget).toEqual({ amountMinor: 1500, currency: 'GBP' });
    expect(read('des croquettes pour chien, 45 euros par mois').budget).toEqual({ amountMinor: 4500, currency: 'EUR' });
    const u = readRequest('Dog food, grain free, 35 euros a month');
    expect(u.kind === 'need' ? u.need.budget?.amountMinor : undefined).toBe(3500);
    expect(u.kind === 'need' ? u.notUnderstood : ['not a need']).toEqual([]);
    expect(u.kind === 'need' ? u.assumptions.join(' | ') : '').toContain('"35 euros a month" read as the budget of one period\'s purchase');
  });

  it('says the total back in the request\'s language', () => {
    const u = readRequest('Un smartphone Android, 20 € par mois pendant 24 mois');
    expect(u.kind === 'need' ? u.assumptions.join(' | ') : '').toContain('« 20 € par mois pendant 24 mois » lu comme 480 en tout');
  });

  it('leaves a measure said per period alone', () => {
    const u = readRequest('Trail running shoes size 43 for 50 km a week, under 150 euros');
    expect(u.kind === 'need' ? u.need.budget?.amountMinor : undefined).toBe(15000);
  });
});
