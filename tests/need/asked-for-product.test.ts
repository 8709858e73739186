import { describe, expect, it } from 'vitest';
import { categoryOf, readRequest } from './unseen-requests-judge.ts';

// The product asked for, named right after the words asking for it, against other products the request names (a part
// of it, what it holds, what it is used with). On main (589e8b8) the later product name won: the laptop of "a backpack
// … laptop sleeve", the coffee machine of "a push bike for the school run … the budget stretches".

const read = (text: string): string => categoryOf(readRequest(text));

describe('the product asked for', () => {
  it('is the one named right after "looking for", "I need", "je cherche"', () => {
    expect(read('looking for a backpack that clips onto my scooter, laptop sleeve 15", max 80 eur')).toBe('100');
    expect(read('I need a tent that my laptop bag fits in, 2 person, under 300 euros')).toBe('1022');
    expect(read('je cherche un sac à dos qui tient sur mon vélo, poche pour ordinateur portable 14 pouces, 90 € max')).toBe('100');
    expect(read('My uncle is 80 and his old phone has a tiny screen. He wants a phone with a big screen and loud ringer, under 150 euros')).toBe('267');
  });

  it('leaves a request alone when the words after them name no sold product, or the same one', () => {
    expect(read('looking for something for my laptop: a backpack with a 15" sleeve, max 80 eur')).toBe('100');
    expect(read('I need a new one, my kettle broke: an electric kettle, glass, under 50 euros')).toBe('751');
  });
});
