import { describe, expect, it } from 'vitest';
import { statedMoney } from '../../agent/need/index.ts';

// Review38c: three readings of the words a model is held to went wrong in common English: an adjective earlier in the
// clause ("a light blue shirt") turned "30 pounds" into a weight, "in" after a count ("3 in black") made it describe one
// item, and a deadline was not read where the built-in reader could not place the product ("a kettle by Christmas").
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

describe('pounds are money unless a weight word weighs that very figure', () => {
  it.each([
    ['a light blue shirt under 30 pounds', 3000],
    ['lightweight jacket under 100 pounds', 10000],
    ['a heavy winter coat under 80 pounds', 8000],
    ['a weighted blanket, max 60 pounds', 6000],
  ])('%s is a budget in GBP', (text, minor) => {
    const stated = statedMoney(text, ctx);
    expect(stated.resolved?.currency).toBe('GBP');
    expect(stated.resolved?.amountMinor).toBe(minor);
  });

  it.each(['trail shoes, weight under 1 pound', 'a tent that weighs 2 pounds', 'a laptop lighter than a pound', 'a bag with a weight of less than 3 pounds'])('%s states no money', (text) => {
    expect(statedMoney(text, ctx).largest.get('GBP')).toBeUndefined();
  });
});

describe('a count followed by "in"', () => {
  it.each([
    ['I need 3 in black under 100', 3],
    ['get me 2 in red, max 50 €', 2],
    ['I want 2 in size 42, under 80 euros', 2],
  ])('%s counts %i', (text, count) => {
    expect(statedMoney(text, ctx).count).toBe(count);
  });

  it('a 3 in 1 charger is one item', () => {
    expect(statedMoney('a 3 in 1 charger', ctx).count).toBe(1);
  });
});

describe('the deadline the words state, whatever the product', () => {
  it.each(['a kettle by Christmas', 'a drone by next week', 'something to boil water, needed within 3 days'])('%s has one', (text) => {
    expect(statedMoney(text, ctx).deadline).toBeDefined();
  });

  it('a request with no date states none', () => {
    expect(statedMoney('a kettle under 40 euros', ctx).deadline).toBeUndefined();
  });
});
