import { describe, expect, it } from 'vitest';
import { isKeyboardMash } from '../../agent/need/keyboard-mash.ts';
import { readRequest } from './unseen-requests-judge.ts';

// After fixneed37 (c9372b5) a request made only of real words with five consonants in a row, four keys along a row or
// four letters without a vowel was asked about as "I could not read what you typed as words" (review37c): "strengths",
// "handschuhe", Czech "zmrzlina", "blazer" (AZERTY "azer"), "wertvoll" (QWERTZ "wert"), "dslr", "hdtv".

describe('keyboard mash is judged by letters without catching real words', () => {
  it('real words and abbreviations are not mash', () => {
    for (const word of ['strengths', 'handschuhe', 'arbeitsschuhe', 'zmrzlina', 'watchstrap', 'blazer', 'razer', 'wertvoll', 'property', 'hertz', 'dslr', 'hdtv', 'lengths', 'kunststoff']) {
      expect(isKeyboardMash(word), word).toBe(false);
    }
  });

  it('mash stays mash', () => {
    for (const word of ['asdfghjkl', 'qwertyuiop', 'zxcvbn', 'jkjkjk', 'lkjh', 'zzzz', 'sdfsdf', 'poiuyt']) {
      expect(isKeyboardMash(word), word).toBe(true);
    }
  });

  it('a request of real but unknown words is not asked about as unreadable', () => {
    for (const text of ['handschuhe herbstjacke', 'blazer', 'dslr']) {
      const u = readRequest(text);
      expect(u.kind === 'clarify' && u.reason === 'not-understood', text).toBe(false);
    }
  });
});
