import { describe, expect, it } from 'vitest';
import { readRequest as read, categoryOf } from './unseen-requests-judge.ts';

// Regression tests for the general rules the unseen-requests table (unseen-requests-table.ts) showed missing; each
// case failed on the base (7b33629) and reads right after its fix.

describe('which product a request names', () => {
  it('reads a French request head-first even without French function words ("liseuse … écran" is an e-reader)', () => {
    expect(categoryOf(read('liseuse Kobo écran couleur'))).toBe('3539');
    expect(categoryOf(read('aspirateur robot écran tactile'))).toBe('619');
  });

  it('matches a product name whether or not the linking word is typed ("casque vélo" is "casque de vélo")', () => {
    expect(categoryOf(read('casque vélo urbain avec lumière intégrée, taille M, pas noir'))).toBe('1029');
    expect(categoryOf(read('un sac dos de randonnée 30 L'))).toBe('100');
  });

  it('asks which product when two are named as alternatives, even when one looks like a typo of a built-in word', () => {
    expect(categoryOf(read('a speaker or a tablet under 200'))).toBe('ask:category');
    expect(categoryOf(read('une tente ou un sac de couchage'))).toBe('ask:category');
  });
});

describe('typos and closed-up spellings in an open-category request', () => {
  it('reads a misspelt product name as the product, and says so ("vaccum cleaner", "bouilloir")', () => {
    const vacuum = read('vaccum cleaner under 150 eur');
    expect(categoryOf(vacuum)).toBe('ask:vacuum_type');
    const kettle = read('bouilloir inox 1,5 litre');
    expect(categoryOf(kettle)).toBe('751');
    expect(kettle.kind === 'need' && kettle.assumptions.some((a) => a.includes('"bouilloir"'))).toBe(true);
  });

  it('leaves real words that are one letter from a product alone ("tenue" is not "tente", "litre" not "livre")', () => {
    expect(categoryOf(read('une veste longue tenue'))).not.toBe('1022');
    expect(categoryOf(read('bouilloire 1,5 litre'))).toBe('751');
  });

  it('corrects a misspelt declared attribute word of the category ("cordles" → cordless on a vacuum, not headphones)', () => {
    const u = read('vaccum cleaner cordles under 150 eur');
    expect(categoryOf(u)).toBe('619');
    expect(u.kind === 'need' && u.need.hardConstraints).toContainEqual({ attribute: 'cordless', op: 'eq', value: true });
  });

  it('reads a hyphenated product name typed closed up ("ebike")', () => {
    const u = read('ebike for commuting under 2.5k');
    expect(categoryOf(u)).toBe('1026');
    expect(u.kind === 'need' && u.need.hardConstraints).toContainEqual({ attribute: 'electric', op: 'eq', value: true });
  });

  it('lets a sold product the built-in lexicon cannot explain beat a built-in category named by a feature ("caffeine free" tea)', () => {
    const u = read('caffeine free herbal tea bags, no more than 12 EUR');
    expect(categoryOf(u)).toBe('2073');
    expect(u.kind === 'need' && u.need.hardConstraints).toContainEqual({ attribute: 'tea_type', op: 'eq', value: 'herbal' });
  });
});

describe('the brands\' own words name a product only when nothing names it better', () => {
  it('reads "food for my cat" as cat food (sold by nobody), not the "food" of Dog Food', () => {
    const cat = read('wet food for my cat, 24 x 85 g pouches');
    expect(cat.kind).toBe('unsupported');
    expect(cat.kind === 'unsupported' && cat.message).toContain('cat food');
    const dog = read('dry food for my dog');
    expect(categoryOf(dog)).toBe('3530');
    expect(dog.kind === 'need' && dog.notUnderstood).toEqual([]);
  });

  it('does not take a French adjective for the product ("un rouge à lèvres mat" is no yoga mat)', () => {
    expect(categoryOf(read('un rouge à lèvres mat longue tenue pour ma mère'))).not.toBe('3640');
    expect(categoryOf(read('un tapis de yoga antidérapant'))).toBe('3640');
  });
});
