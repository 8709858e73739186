import { describe, expect, it } from 'vitest';
import { readRequest } from './unseen-requests-judge.ts';

// A request made only of a word the butler does not know. On main (0b5617b) any request whose only words were
// lower-case and unknown was asked about as "I could not read what you typed as words" ("ps5", "roomba", "rtx 4070"):
// a model name or a product word is words; only mash, links and random characters are not (review of reqfix37b, MED 4).

describe('a request of unknown words', () => {
  it('is refused naming the word it does not recognise when the word is spelt as a word or a model name', () => {
    for (const text of ['ps5', 'xbox', 'gopro', 'rtx 4070', 'roomba', 'playstation 5', 'nintendo switch2']) {
      const u = readRequest(text);
      expect(u.kind === 'clarify' && u.reason === 'not-understood', `${text}: asked as not understood`).toBe(false);
      expect(u.kind === 'unsupported' ? u.message : `${u.kind}`, text).toContain('recognise');
    }
  });

  it('is asked about when it is keyboard mash', () => {
    for (const text of ['asdfghjkl jkjkjk', 'qwrtzp', 'sdfsdf', 'poiuyt lkjh', 'zxcvbnm', 'azertyuiop']) {
      const u = readRequest(text);
      expect(u.kind === 'clarify' && u.reason === 'not-understood', text).toBe(true);
    }
  });
});
