import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// A budget said in words, then taken back for another in the same breath. On main (1b958b0) only figures in digits
// were taken back: "quatre-vingts euros… non, disons cent" kept 80 (the lower of two ceilings).

describe('a budget said in words and corrected as it is said', () => {
  it('keeps the later figure when both are in words (French)', () => {
    expect(read('Une bouilloire en inox. Quatre-vingts euros… non, disons cent euros au maximum.').budget?.amountMinor).toBe(10000);
    expect(read('Un aspirateur sans fil, deux cents euros maxi, euh non, allez, deux cent cinquante.').budget?.amountMinor).toBe(25000);
  });

  it('keeps the later figure when both are in words (English)', () => {
    expect(read('A robot vacuum. Three hundred pounds tops... no wait, make it three hundred and fifty pounds tops.').budget?.amountMinor).toBe(35000);
    expect(read('Wireless earbuds, sixty dollars max, sorry I mean forty.').budget?.amountMinor).toBe(4000);
  });

  it('says back which figure it kept', () => {
    const u = readRequest('Une bouilloire en inox. Quatre-vingts euros… non, disons cent euros au maximum.');
    expect(u.kind === 'need' ? u.assumptions.join(' ') : '').toContain('cent');
  });

  it('leaves number words offered as alternatives as typed', () => {
    const u = readRequest('A board game for four or five players under forty euros');
    expect(u.kind === 'need' ? u.assumptions.join(' ') : '').not.toContain('correction');
  });
});
