import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (dc0427d) a recipient's age said with their pronoun was read only after "he's", "she is", "il a": an age they
// are about to reach ("she's turning 11", "il va avoir 7 ans", "he will be 30") or said with a verb of having, as
// non-native English does ("he has 12 years"), was lost. A verb of having is an age only with its unit ("he has 2 kids").

/** The recipient and their age read from a request. */
function whoAndAge(text: string): { who?: string; age?: number } {
  const recipient = read(text).recipient;
  return { ...(recipient?.who === undefined ? {} : { who: recipient.who }), ...(recipient?.ageYears === undefined ? {} : { age: recipient.ageYears }) };
}

describe('an age said with a verb after the pronoun', () => {
  it('reads an age the person is about to reach, right after them or later', () => {
    expect(whoAndAge("a board game for my niece, she's turning 11 next month, max 40 euros")).toEqual({ who: 'niece', age: 11 });
    expect(whoAndAge('a tent as a present for my brother. He will be 30 in March, budget 200')).toEqual({ who: 'brother', age: 30 });
    expect(whoAndAge("un casque vélo pour ma fille, elle va avoir 7 ans, moins de 45 €")).toEqual({ who: 'daughter', age: 7 });
  });

  it('reads an age said with a verb of having and its unit, as non-native English writes it', () => {
    expect(whoAndAge('I look for a sleeping bag for my daughter, she has 12 years, warm, max 70 euro')).toEqual({ who: 'daughter', age: 12 });
    expect(whoAndAge('backpack for school for my son, he have 10 years, not too heavy')).toEqual({ who: 'son', age: 10 });
  });

  it('reads no age from a verb of having without the unit', () => {
    expect(whoAndAge('a tent for my brother, he has 2 kids, under 300 euros')).toEqual({ who: 'brother' });
  });
});
