import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// One of the speaker's people the request is about without "for" (requests12's recipient family, reqfix29): the
// subject of a verb of needing or liking ("my niece (9) needs"), someone whose age is coming ("my son is turning
// eight"), the object of a verb of buying ("get my sister a …"). Requests written for this test; each fails on ffc15d1.

describe('a recipient said as the subject of the request', () => {
  it('reads "my niece (9) needs" and "my son is turning eight" as who and how old', () => {
    expect(read('Hi, my niece (9) needs a school backpack, about 40 euros').recipient).toMatchObject({ who: 'niece', ageYears: 9 });
    expect(read('Hello, my son is turning eight and we want a kids bike, 250 euros max').recipient).toMatchObject({ who: 'son', ageYears: 8 });
  });

  it('reads "my husband loves" and "get my sister" as the recipient', () => {
    expect(read('My husband loves board games, a cooperative one please, 40 euros').recipient?.who).toBe('husband');
    expect(read("I'd like to get my sister a bluetooth speaker, 60 euros").recipient?.who).toBe('sister');
  });

  it('leaves a person who is only described alone ("my husband is picky")', () => {
    expect(read('a latex mattress, 160 by 200, my husband is picky, 900 euros').recipient).toBeUndefined();
  });
});

describe('an approximation opening a sentence', () => {
  it('reads ". Around 60 pounds" as about sixty, not exactly', () => {
    expect(read('A bluetooth speaker for the garden. Around 60 pounds.').budget).toEqual({ amountMinor: 6600, currency: 'GBP' });
  });
});
