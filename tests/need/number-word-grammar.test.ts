import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Numbers said in words, read by their grammar rather than word by word. On main (5055ee6) "mille" was corrected to
// a declared value ("maille"), "three and a half thousand" read as 3.30, "une trentaine d'euros" as no price, "a dozen
// of them" as no count, and "trois boîtes de 400 g" as a count of one.

const budgetOf = (text: string): number | undefined => read(text).budget?.amountMinor;

describe('amounts in words', () => {
  it('reads thousands said in French words, never as a typo of a declared value', () => {
    expect(budgetOf('un vélo de ville électrique, trois mille euros maximum')).toBe(300_000);
  });

  it('reads "and a half" before a multiplier', () => {
    expect(budgetOf('a gravel bike for about three and a half thousand pounds')).toBe(385_000);
    expect(budgetOf('a city bike, one and a half thousand euros max')).toBe(150_000);
  });

  it('reads an article before hundred or thousand as one of them', () => {
    expect(budgetOf('a kettle, no more than a hundred')).toBe(10_000);
  });

  it('reads a French collective numeral with a currency as an approximate price', () => {
    expect(budgetOf('du café en grains, une trentaine d\'euros')).toBe(3_300);
  });

  it('reads a collective numeral with no currency as no price', () => {
    expect(read('une trentaine de sachets de thé noir').budget).toBeUndefined();
  });
});

describe('quantities in words', () => {
  it('counts "a dozen of them", the "of" belonging to "of them"', () => {
    expect(read('wet dog food pouches, chicken, half a dozen of them').quantity).toBe(6);
    expect(read('grain free dog food tins, two dozen of them').quantity).toBe(24);
  });

  it('counts a noun said with the measure of one, whatever the noun', () => {
    expect(read('croquettes pour chien adulte, trois boîtes de 2 kg').quantity).toBe(3);
    expect(read('dry dog food, four sacks of 2 kg').quantity).toBe(4);
  });

  it('reads "une quarantaine de" as a count of about forty', () => {
    expect(read('une quarantaine de sachets de thé vert').quantity).toBe(40);
  });
});
