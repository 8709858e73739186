import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (1b958b0) a recipient's age was lost when said apart from the usual "for my son, 14" / "de 10 ans": an
// adult's age in brackets ("my grandfather (92)"), a person introduced with their age in brackets without "for" ("my
// nephew (12) broke…"), one of the speaker's people before their age ("le camp de mon neveu de 11 ans"), the age said
// later with their pronoun ("He's 40 and…"), "who's turning seven"; and "petite-fille" was read as a little girl.

/** The recipient and their age read from a request. */
function whoAndAge(text: string): { who?: string; age?: number } {
  const recipient = read(text).recipient;
  return { ...(recipient?.who === undefined ? {} : { who: recipient.who }), ...(recipient?.ageYears === undefined ? {} : { age: recipient.ageYears }) };
}

describe('a recipient whose age is said apart from them', () => {
  it('reads an adult age alone in brackets right after the person', () => {
    expect(whoAndAge('wireless headphones for my grandfather (92), something with big buttons, under 50 euros')).toEqual({ who: 'grandfather', age: 92 });
    expect(whoAndAge('des pantoufles pour ma tante (74), pointure 38, moins de 40 €')).toEqual({ who: 'aunt', age: 74 });
  });

  it('reads a person introduced with their age in brackets as whom the request is about, whatever the verb', () => {
    expect(whoAndAge('Last week my nephew (12) broke his headphones, so new wireless ones please, max 80 pounds')).toEqual({ who: 'nephew', age: 12 });
    expect(whoAndAge('Depuis hier ma mère (70) cherche une bouilloire légère, moins de 50 €')).toEqual({ who: 'mother', age: 70 });
  });

  it("reads one of the speaker's people right before their age as the recipient", () => {
    expect(whoAndAge('un sac de couchage pour le camp de mon neveu de 11 ans, moins de 70 €')).toEqual({ who: 'nephew', age: 11 });
    expect(whoAndAge('a bike helmet for the birthday of my daughter aged 9, up to 40 euros')).toEqual({ who: 'daughter', age: 9 });
  });

  it('reads the age said later with their pronoun, and every lead to an age', () => {
    expect(whoAndAge('My brother asked for a good backpack for his birthday. He is 40 and hikes a lot. Up to 120 euros.')).toEqual({ who: 'brother', age: 40 });
    expect(whoAndAge("Un vélo pour l'anniversaire de ma cousine. Elle a 8 ans, budget 90 €.")).toEqual({ who: 'cousin', age: 8 });
    expect(whoAndAge("a bike for my grandson who's turning seven, under 100 euros")).toEqual({ who: 'grandson', age: 7 });
  });

  it('reads "petite-fille" with its hyphen as a granddaughter', () => {
    expect(whoAndAge('un sac à dos pour ma petite-fille, 20 € maximum')).toEqual({ who: 'granddaughter' });
  });

  it('reads no age from a measure or a count said with a pronoun', () => {
    expect(whoAndAge("a rain jacket for my son, he's 6 foot tall, under 90 euros").age).toBeUndefined();
    expect(whoAndAge('Une perceuse pour mon père, il a 2 batteries déjà, moins de 100 €').age).toBeUndefined();
    expect(whoAndAge('un casque de vélo pour une petite fille, moins de 30 €').who).toBe('girl');
  });
});
