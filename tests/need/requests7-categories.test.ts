import { describe, expect, it } from 'vitest';
import { readRequest as read, categoryOf as category } from './unseen-requests-judge.ts';

// Family "which category" of the requests7 blind set: each case fails on the base (requests7-table, 3d6d42b).

describe('the brands\' declared kinds against a product the taxonomy names but nobody sells', () => {
  it('a declared form said where the product is named wins ("watch" of activity monitors, "wet" dog food)', () => {
    const watch = read('a Suunto watch, GPS');
    expect(category(watch)).toBe('500009');
    expect(watch.kind === 'need' && watch.need.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'maker', value: 'Suunto' }));
    expect(category(read('wet food for a small dog'))).toBe('3530');
  });
  it('a declared kind said elsewhere does not ("black" after "printer … for")', () => {
    expect(category(read('toner cartridge for a Brother printer, black'))).toBe('unsupported');
  });
});

describe('a misspelt French product name before a later product word', () => {
  it('reads the first phrase\'s typo ("apareil photo") before "vidéo" later on', () => {
    expect(category(read('apareil photo compact avec zoom, vidéo 4K'))).toBe('152');
  });
});

describe('clothing size codes', () => {
  it('reads XL, XXL, XS as the size without the word "size"', () => {
    const jacket = read('a rain jacket, XXL, with hood');
    expect(jacket.kind === 'need' && jacket.need.hardConstraints).toContainEqual({ attribute: 'size', op: 'eq', value: 'XXL' });
    expect(jacket.kind === 'need' && jacket.need.softPreferences.some((p) => p.attribute === 'maker')).toBe(false);
  });
});

describe('durations in weeks', () => {
  it('reads "battery 2 weeks+" as at least 14 days', () => {
    const watch = read('activity tracker, battery 3 weeks+');
    expect(watch.kind === 'need' && watch.need.hardConstraints).toContainEqual({ attribute: 'battery_days', op: 'gte', value: 21 });
  });
});

describe('which kind, when an age group is said in words', () => {
  it('does not ask the kind of "toothbrushes for kids", but still of a toothbrush for an 8-year-old', () => {
    expect(category(read('two toothbrushes for kids'))).toBe('527');
    expect(category(read('a toothbrush for my son, 8'))).toBe('ask:brush_type');
  });
});
