import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Family "recipients" of the requests7 blind set: each case fails on the base (requests7-table, 3d6d42b).

describe('whom a purchase is for', () => {
  it('reads the recipient in the built-in categories too', () => {
    expect(read('coffee beans for my dad').recipient).toMatchObject({ who: 'father' });
    expect(read('casque audio sans fil pour ma soeur').recipient).toMatchObject({ who: 'sister' });
  });

  it("reads a child's age said right after them, and the person after their age", () => {
    expect(read('a tent for my nephew, 12, under 200 euros').recipient).toMatchObject({ who: 'nephew', ageYears: 12 });
    expect(read('a puzzle for my niece (5)').recipient).toMatchObject({ who: 'niece', ageYears: 5 });
    expect(read('a backpack for my 9 year old daughter').recipient).toMatchObject({ who: 'daughter', ageYears: 9 });
    // A count after the person is not an age.
    expect(read('a tent for my son, 2 pieces').recipient?.ageYears).toBeUndefined();
  });

  it('reads informal and possessive names of a partner', () => {
    expect(read('a blender for my bf').recipient).toMatchObject({ who: 'boyfriend' });
    expect(read('un mixeur pour ma femme').recipient).toMatchObject({ who: 'wife' });
  });

  it("makes the speaker's one person named elsewhere the recipient of a present", () => {
    expect(read("ma mère adore le thé, je voudrais lui offrir du rooibos").recipient).toMatchObject({ who: 'mother', gift: true });
    expect(read('my brother cycles a lot, I want to get him a helmet as a gift').recipient).toMatchObject({ who: 'brother', gift: true });
    // No present: the person is only part of the story.
    expect(read('my wife says we need a kettle').recipient).toBeUndefined();
  });
});
