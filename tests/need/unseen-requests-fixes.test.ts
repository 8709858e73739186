import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../agent/need/index.ts';
import { readUnseen } from './unseen-requests-judge.ts';

// Regression tests for the general rules the unseen-requests table (unseen-requests-table.ts) showed missing; each
// case failed on the base (7b33629) and reads right after its fix.
const read = (text: string): Understanding => readUnseen({ text, lang: 'en', expect: '' });
const categoryOf = (u: Understanding): string => (u.kind === 'need' ? u.need.category : u.kind === 'clarify' ? `ask:${u.missing.join(',')}` : 'unsupported');

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
