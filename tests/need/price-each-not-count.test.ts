import { describe, expect, it } from 'vitest';
import { statedMoney, understandNeedText } from '../../agent/need/index.ts';

// needfix39: a figure before "one each" was read as a count of 50 and no money ("two mugs, 50 one each").
// mendneed39 (review39c HIGH 1, MED 7): a figure after an asking word and before a price ("I need 4 under 100") is not
// read as a count: counting it raised the LLM path's quantity without multiplying a per-item budget ("buy 6 under 20
// each": 6 items capped at 20) and counted a shoe size or a model year ("I need 43 under 100": 43).
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

describe('a figure followed by "each", "one each", "apiece", "a piece" is a price of one item', () => {
  it.each(['two mugs, 50 one each', 'two mugs, 50 each', 'two mugs, 50 apiece', 'two mugs, 50 a piece', 'two mugs, 50 euros one each'])('%s: 2 items at 50', (text) => {
    const stated = statedMoney(text, ctx);
    expect(stated.count).toBe(2);
    // needfix50: the order's total, as the built-in reader prices it (was 5000, the price of one).
    expect(stated.largest.get('EUR')).toBe(10000);
    expect(stated.perItem).toEqual({ price: { amountMinor: 5000, currency: 'EUR' }, items: 2 });
  });

  it('the built-in reader prices the order by the price of one (the convention: the budget is the whole order)', () => {
    const u = understandNeedText('headphones, 2 of them, 50 one each', ctx);
    expect(u.kind).toBe('need');
    if (u.kind !== 'need') return;
    expect(u.need.quantity).toBe(2);
    expect(u.need.budget).toEqual({ amountMinor: 10000, currency: 'EUR' });
  });

  it('"one each" said of a count in words still shares items out', () => {
    expect(statedMoney('one each for the kids, under 30', ctx).count).toBe(1);
  });
});

describe('a count followed by a price is still the count', () => {
  it.each([
    ['4 chairs under 100 each', 4],
    ['I want 3, max 90 euros', 3],
  ])('%s counts %i', (text, count) => {
    expect(statedMoney(text, ctx).count).toBe(count);
  });

  it.each(['I need 43 under 100', 'I need 500 under 100'])('%s is no count of the figure', (text) => {
    expect(statedMoney(text, ctx).count).toBe(1);
  });

  it('a figure after "for" before a price is the price, not a count, when nothing plural comes before it', () => {
    expect(statedMoney('a kettle for 40 under 100', ctx).count).toBe(1);
  });
});
