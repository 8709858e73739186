import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';
import { DEMO_MARKET, categoryOf } from './unseen-requests-judge.ts';

const now = new Date('2026-12-01T10:00:00Z');
const read = (text: string) => understandNeedText(text, { now, defaultCurrency: 'EUR', market: DEMO_MARKET });

// A product described by what it does, never named: the verb's agent noun heads a sold category's name ("dry" → Hair
// Dryers, "tondre" → Tondeuses), or the brands' own words for a category say it, alongside another word of the
// description ("grind … beans": a coffee machine's built-in grinder, "Bean-to-cup").
describe('a product described by what it does', () => {
  it('reads the category from the verb the category is named after, in English and French', () => {
    expect(categoryOf(read('a gadget for drying my hair after the gym, 40 euros max'))).toBe('490');
    expect(categoryOf(read('un appareil pour sécher les cheveux de ma fille, pliable'))).toBe('490');
    expect(categoryOf(read('something to mow the lawn behind the house, battery powered'))).toBe('694');
    expect(categoryOf(read('something to purify the air in the bedroom, HEPA'))).toBe('606');
  });

  it('does not read what the description acts on as the product', () => {
    // "books" alone names print books, "hair" hair care: neither is what is asked for.
    expect(categoryOf(read('something to read books on the train, under 150 euros'))).toBe('3539');
  });

  it('reads no attribute of the product from what it acts on', () => {
    const u = read('something to heat water for green tea, 1.7 litres');
    expect(categoryOf(u)).toBe('751');
    expect(u.kind === 'need' ? u.need.hardConstraints.filter((c) => c.attribute === 'color') : ['not a need']).toEqual([]);
  });

  it('reads a verb found in the brands\' words for a category only with another word of the description', () => {
    const u = read('a thing to grind the beans every morning');
    expect(categoryOf(u)).toBe('736');
  });

  it('leaves a verb too general to name a product, or naming nothing sold, to the other readers', () => {
    expect(categoryOf(read('something to keep the kids busy this weekend'))).toBe('ask:category');
    expect(categoryOf(read('something that makes the kids laugh'))).toBe('ask:category');
  });

  it('reads a purpose said without a stand-in ("to …", "pour …"), only when its verb names a sold product', () => {
    expect(categoryOf(read('I want to dry my hair faster, 2000 W'))).toBe('490');
    expect(categoryOf(read('pour poncer un peu et visser des étagères, sans fil, 120 € max'))).toBe('2629');
    // A taste is not a purpose, and a noun stemming like the verb ("montres", "monter") is not what does it.
    expect(categoryOf(read('a present for my aunt who loves to read, 80 euros'))).toBe('ask:category');
    expect(categoryOf(read('pour monter une étagère au mur, 50 € max'))).not.toBe('500009');
  });

  it('lets a product named outside the description win', () => {
    expect(categoryOf(read('a cordless vacuum, something to clean up after the dog'))).toBe('619');
  });
});
