import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

describe('a stated restock turns a stock figure into information (root cause: every stock count read as scarcity)', () => {
  it('stock counts with a coming restock, in the same clause or the next, are not scarcity', () => {
    expect(labels('Just 3 pairs left in size 42 - more stock arriving on Friday.')).toEqual([]);
    expect(labels('Only 2 left at the Leeds branch; next delivery expected on 14 March.')).toEqual([]);
  });

  it('a negated restock, or a restock beside pressing words, is still scarcity', () => {
    expect(labels("Only 3 left and it won't be restocked.")).toContain('scarcity');
    expect(labels('Only 2 left, no restock expected next season')).toContain('scarcity');
    expect(labels('Only 2 left, back in stock soon so hurry!')).toContain('scarcity');
    expect(labels('Only 1 left in stock - order soon. More on the way.')).toContain('scarcity');
  });
});

describe('an extra the buyer can add is an option, not a cost slipped in (root cause: "can be added at checkout" read as drip pricing)', () => {
  it('an optional extra offered at checkout is not sneaking; a fee the shop adds there still is', () => {
    expect(labels('Engraving costs £5 and can be added at checkout if you want it.')).toEqual([]);
    expect(labels('A two-year warranty costs £29 and can be added at the payment step.')).toEqual([]);
    expect(labels('Express delivery costs £6 and can also be added at checkout.')).toEqual([]);
    expect(labels('Shipping costs are added at the final step.')).toContain('sneaking');
    expect(labels('A booking fee will be added at the payment step.')).toContain('sneaking');
  });
});

describe('a renewal the buyer can stop before paying is a plain term (root cause: renewal wording read as sneaking whatever the terms)', () => {
  it('a trial that is free when cancelled in time, or a renewal with its off switch named, is not sneaking', () => {
    expect(labels('Try it free for 30 days; cancel before the end of your trial and you will not be billed.')).toEqual([]);
    expect(labels('The plan renews every month; you can switch off auto-renew whenever you like.')).toEqual([]);
  });

  it('renewal wording without such terms is still sneaking', () => {
    expect(labels('Your trial converts to £9.99/month unless you cancel.')).toContain('sneaking');
    expect(labels('Your plan renews monthly unless you turn it off.')).toContain('sneaking');
  });
});
