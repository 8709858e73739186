import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Whom a request is for, said in a story. On main (589e8b8) "my mum is 72 …" gave no age ("is" led to no age), a person
// introduced with their age in brackets but without "my" ("old uncle (70) needs …") was nobody's, and one of the
// speaker's people whose wishes a later clause says with their pronoun ("She needs …") was not the recipient.

describe('a recipient said in a story', () => {
  it('is the one person named whose wishes a clause says with their pronoun', () => {
    expect(read('my sister moved into a tiny flat last month, she really wants a kettle that is quiet, under 60 euros').recipient).toMatchObject({ who: 'sister' });
    expect(read('so my nephew started uni. He needs a backpack for his laptop, max 80 euros').recipient).toMatchObject({ who: 'nephew' });
  });

  it('is not a person whose pronoun does not agree, nor one merely described', () => {
    expect(read('my brother broke my kettle, she wants a glass one now, max 50 euros').recipient?.who).toBeUndefined();
    expect(read('My husband is picky. I need a kettle, max 50 euros').recipient?.who).toBeUndefined();
  });

  it('has the age said after "is"', () => {
    expect(read('My mum is 72 and her hands shake, so she needs a light kettle, max 50 euros').recipient).toMatchObject({ who: 'mother', ageYears: 72 });
  });

  it('is a person introduced with their age in brackets, even without "my"', () => {
    expect(read('old uncle (70) needs an e-reader with warm light, under 150 euros').recipient).toMatchObject({ who: 'uncle', ageYears: 70 });
  });
});
