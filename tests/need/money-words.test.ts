import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Money said in words, and approximations after the price word (openworld24, requests8's money family): each
// expectation fails on 8ed1cf4.

describe('a price written in words', () => {
  it('reads "one hundred and fifty euros", "cent cinquante euros", "three grand" and "2 grand" as the ceiling', () => {
    expect(read('SDS drill for concrete walls, max one hundred and fifty euros').budget).toEqual({ amountMinor: 15000, currency: 'EUR' });
    expect(read('une perceuse, moins de cent cinquante euros').budget).toEqual({ amountMinor: 15000, currency: 'EUR' });
    expect(read('gravel bike, carbon frame, under three grand').budget?.amountMinor).toBe(300000);
    expect(read('a kettle, budget 2 grand').budget?.amountMinor).toBe(200000);
    expect(read('three yoga mats under fifty euros').budget?.amountMinor).toBe(5000);
  });

  it('never reads a count in words as money, nor the adjective "grand"', () => {
    expect(read('three yoga mats').budget).toBeUndefined();
    expect(read('une tente pour deux').budget).toBeUndefined();
    expect(read('un grand sac à dos de randonnée').budget).toBeUndefined();
  });
});

describe('an approximation after the price word', () => {
  it('reads "budget around €150" and "env. 60 €" as the figure plus ten per cent', () => {
    expect(read('a blender, budget around €150').budget?.amountMinor).toBe(16500);
    expect(read('blender individuel, env. 60 €').budget?.amountMinor).toBe(6600);
  });
});

describe('a unit that is also a currency', () => {
  it('is money where nothing declared is weighed ("kettle under 40 pounds"), a weight where something is', () => {
    expect(read('electric kettle under 40 pounds').budget).toEqual({ amountMinor: 4000, currency: 'GBP' });
    expect(read('tea under 10 pounds').budget).toBeUndefined();
  });
});
