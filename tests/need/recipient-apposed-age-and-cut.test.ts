import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// One of the speaker's people introduced with their age between commas ("my niece, 11, …") is whom the request is for,
// with that age; and a product cut for women or men is cut for a recipient whose relation says which.
describe('a person introduced with an age between commas', () => {
  it('is the recipient, with the age, whatever the verb after', () => {
    const need = readNeed('my niece, 11, has started mountain biking, so a helmet with MIPS, size S, up to 70 euros');
    expect(need.recipient?.who).toBe('niece');
    expect(need.recipient?.ageYears).toBe(11);
  });
});

describe('the cut of a product for a recipient', () => {
  it('is the recipient\'s when the words say none', () => {
    expect(readNeed('trail running shoes for my husband, size 45, max 150').hardConstraints).toContainEqual({ attribute: 'gender', op: 'in', value: ['men', 'unisex'] });
    expect(readNeed('road running shoes for my girlfriend, size 38, max 100').hardConstraints).toContainEqual({ attribute: 'gender', op: 'in', value: ['women', 'unisex'] });
  });

  it('is not set for a child, nor for a recipient with no gender', () => {
    expect(readNeed('road running shoes for my partner, size 41').hardConstraints.some((c) => c.attribute === 'gender')).toBe(false);
  });
});
