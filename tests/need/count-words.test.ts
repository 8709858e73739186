import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Counts said in words (openworld24): each expectation below fails on 8ed1cf4.

describe('a number word counts people where a declared attribute counts them', () => {
  it('reads "for two", "pour deux", "the two of us", "pour nous deux" as places, never money', () => {
    for (const text of ['a tent for two', 'une tente pour deux', 'a tent for the two of us', 'tente pour nous deux']) {
      const need = read(text);
      expect(need.hardConstraints, text).toContainEqual({ attribute: 'capacity_persons', op: 'gte', value: 2 });
      expect(need.budget, text).toBeUndefined();
    }
  });

  it('does not count the article of "pour un enfant" nor "one of my kids" as players', () => {
    expect(read('jeu de société pour un enfant').hardConstraints.some((c) => c.attribute === 'min_players' || c.attribute === 'max_players')).toBe(false);
    expect(read('board game for one of my kids').hardConstraints.some((c) => c.attribute === 'min_players' || c.attribute === 'max_players')).toBe(false);
  });
});

describe('dozens count by twelve', () => {
  it('reads "half a dozen", "une demi-douzaine de", "une douzaine de" and "a dozen" said alone as the quantity', () => {
    expect(read('half a dozen yoga mats').quantity).toBe(6);
    expect(read('une demi-douzaine de tapis de yoga').quantity).toBe(6);
    expect(read('une douzaine de puzzles').quantity).toBe(12);
    expect(read('yoga mats, a dozen please').quantity).toBe(12);
    expect(read('two dozen jigsaw puzzles for the school fair').quantity).toBe(24);
  });
});

describe('a count said with what it is for is how many', () => {
  it('reads ", 2 pour faire de la stéréo" and ", 3 for the office" as the quantity, never a price', () => {
    const speakers = read('enceinte bluetooth, 2 pour faire de la stéréo');
    expect(speakers.quantity).toBe(2);
    expect(speakers.budget).toBeUndefined();
    expect(read('a blender, 3 for the office').quantity).toBe(3);
    // A price after "for" stays a price, and the count is not guessed.
    expect(read('a kettle, 2 for 30 €').budget?.amountMinor).toBe(3000);
  });
});
