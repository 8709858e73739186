import { describe, expect, it } from 'vitest';
import { readUnseen } from './unseen-requests-judge.ts';

// From the requests7 blind set: each case fails on the base (requests7-table, 3d6d42b).
describe('what a present\'s recipient likes is not the product', () => {
  it('asks what kind of present when the interest names something nobody sells', () => {
    const u = readUnseen({ text: 'a present for my sister who loves horses', lang: 'en', expect: '' });
    expect(u.kind === 'clarify' && u.missing).toEqual(['category']);
    // Without a present, a product nobody sells is still refused.
    expect(readUnseen({ text: 'a saddle for horses', lang: 'en', expect: '' }).kind).toBe('unsupported');
  });
});

describe('French names of products', () => {
  it('reads "une polaire" as a fleece jacket', () => {
    const u = readUnseen({ text: 'une polaire pour homme', lang: 'fr', expect: '' });
    expect(u.kind === 'need' && u.need.category).toBe('5598');
    expect(u.kind === 'need' && u.need.hardConstraints).toContainEqual({ attribute: 'jacket_type', op: 'eq', value: 'fleece' });
  });
});
