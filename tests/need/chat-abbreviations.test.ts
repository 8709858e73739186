import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Typed short on a phone: "pr" for "pour", "svp"/"stp"/"merci" as the only French words, "ppl" for people (requests13
// family: "pr mon fils de 9 ans", "blender chauffant pr soupes", "8 ppl or more"; fails on 279d367). Requests written for this test.
describe('French typed short', () => {
  it('reads "pr" as "pour" before whom the product is for', () => {
    expect(read('velo pr mon fils de 7 ans, 300e max').recipient).toMatchObject({ who: 'son', ageYears: 7 });
    expect(read('tapis de yoga antiderapant pr ma mere').recipient).toMatchObject({ who: 'mother' });
    expect(read('casque audio sans fil pr ma fille').recipient).toMatchObject({ who: 'daughter' });
  });

  it('hears French in a request whose only French words are short forms or a please', () => {
    expect(read('speaker bluetooth waterproof pr douche, 50e').language).toBe('fr');
    expect(read('laptop 16go ram 512go ssd, max 900e svp').language).toBe('fr');
    expect(read('tablet android 10 pouces 64go, 200e stp').language).toBe('fr');
  });

  it('reads "ppl" as people, counted where a declared attribute counts them', () => {
    expect(read('tent for 4 ppl, 300e max').hardConstraints).toContainEqual({ attribute: 'capacity_persons', op: 'gte', value: 4 });
    expect(read('a board game that works with 6 ppl or more').hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 6 });
  });

  it('leaves "pr" as typed when no word follows it', () => {
    expect(read('running shoes for a new PR, size 42').language ?? 'en').toBe('en');
  });
});
