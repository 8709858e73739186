import { describe, expect, it } from 'vitest';
import { readRequest } from './unseen-requests-judge.ts';

// A five-letter typo of a product word, read only where the corrected word makes a product name with the word beside it.
// On main (589e8b8) typos of product words needed six letters, so "vacum cleaner" was refused as an unknown product.

describe('a five-letter typo beside the rest of a product name', () => {
  it('is read as the product it names with its neighbour', () => {
    const u = readRequest('vacum cleaner, bagless, under 200 euros');
    expect(u.kind === 'need' ? u.need.category : u.kind).toBe('619');
    expect(u.kind === 'need' ? u.assumptions.join(' | ') : '').toContain('vacum');
  });

  it('is not read alone, with no name beside it', () => {
    // "vacum" alone is one slip from too many words to guess: no product is made up from it.
    const u = readRequest('vacum, under 200 euros');
    expect(u.kind === 'need' && u.need.category === '619').toBe(false);
  });
});
