import { describe, expect, it } from 'vitest';
import { statedMoney } from '../../agent/need/index.ts';

// needfix39 (review): the currency words were in two tables, the main one read first, so the second one's rule that a
// word which is another word too ("Ron", "TL;DR", "lei", "kc") names a currency only beside a figure was dead: a name or
// a chat abbreviation added RON or TRY to the currencies a request states. One table now says, word by word, where it counts.
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

describe('a currency word beside its figure reads', () => {
  it.each([
    ['a kettle, 100 lei', 'RON', 10000],
    ['a kettle, lei 100', 'RON', 10000],
    ['a kettle, 2.000 Kč', 'CZK', 200000],
    ['a kettle, ₺500', 'TRY', 50000],
    ['a kettle under ₺500', 'TRY', 50000],
    ['a kettle under 500 TL', 'TRY', 50000],
    ['a kettle under 500 TRY', 'TRY', 50000],
    ['a kettle under 100 kc', 'CZK', 10000],
    ['a kettle, lei 100 max', 'RON', 10000],
    // mendneed39 (review39c MED 5): another figure after it counts nothing of the price's figure.
    ['a kettle under Rs 500 2 pieces', 'INR', 50000],
  ])('%s is %s', (text, currency, minor) => {
    expect(statedMoney(text, ctx).largest.get(currency)).toBe(minor);
  });
});

describe('a word that is another word too names no currency away from a figure', () => {
  it.each([
    'Ron wants a kettle under 40 euros',
    'TL;DR: a kettle under 40 euros',
    'TRY 2 pairs of socks under 40 euros',
    'ALL 3 kettles under 40 euros',
    'a kettle for Lev, under 40 euros',
    'a kettle for Rand, under 40 euros',
  ])('%s states EUR only', (text) => {
    const stated = statedMoney(text, ctx);
    expect([...stated.currencies]).toEqual(['EUR']);
    expect([...stated.largest.keys()]).toEqual(['EUR']);
  });

  // mendneed39 (review39c MED 6/8): "Lev" is a name, and Bulgaria pays in euros since 1 January 2026.
  it('a kettle for Lev 40 max: 40 EUR', () => {
    const stated = statedMoney('a kettle for Lev 40 max', ctx);
    expect([...stated.largest]).toEqual([['EUR', 4000]]);
  });

  it('unaccented "kc" with no figure names no currency; "Kč" does', () => {
    expect(statedMoney('a kettle, prices in kc', ctx).currencies.has('CZK')).toBe(false);
    expect(statedMoney('a kettle, prices in Kč', ctx).currencies.has('CZK')).toBe(true);
  });
});

// mendneed39 (review39c MED 4): "lira", "lei", "leu" name their currency with no figure beside them, as before needfix39.
describe('a currency word said without a figure names its currency', () => {
  it.each([
    ['a kettle, prices in lira', 'TRY'],
    ['a kettle, prices in Turkish lira', 'TRY'],
    ['a kettle, prices in lei', 'RON'],
    ['a kettle, Romanian lei please', 'RON'],
    ['a kettle, prices in leu', 'RON'],
  ])('%s states %s', (text, currency) => {
    expect(statedMoney(text, ctx).currencies.has(currency)).toBe(true);
  });
});
