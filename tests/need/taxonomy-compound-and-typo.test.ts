import { describe, expect, it } from 'vitest';
import { matchTaxonomyCategory } from '../../protocol/index.ts';
import { closestWord } from '../../agent/need/fuzzy-match.ts';
import { readRequest, categoryOf } from './unseen-requests-judge.ts';

// On main (5055ee6) a two-word product name typed as one word ("boardgame") named nothing, and a typo one slip from
// several words ("machne": machine, mâche) was left uncorrected even beside the word that makes it a name.

const match = (text: string) => matchTaxonomyCategory(text, { readTypo: (w, targets) => closestWord(w, targets) });

describe('a product name of two words typed as one', () => {
  it('names the product', () => {
    expect(categoryOf(readRequest('a boardgame for 4 players, cooperative'))).toBe('1246');
    expect(categoryOf(readRequest('a sleepingbag for winter camping'))).toBe('1020');
  });
});

describe('a typo one slip from several words', () => {
  it('is read as the one that makes a name with the word beside it', () => {
    const m = match('sewing machne for beginners');
    expect(m.kind === 'match' ? m.best.matched.toLowerCase() : m.kind).toBe('sewing machines');
  });
});
