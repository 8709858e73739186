// A brand text outside offers (card, decline, error message) that makes the detector throw must not sink the search:
// the text counts as flagged (never as clean), and every other text is still read.
import { describe, expect, it } from 'vitest';
import { scanBrandTexts } from '../../agent/butler/scan-brand-texts.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';

const CHOKES = 'a decline the detector chokes on';
const detect = (text: string) => {
  if (text.includes(CHOKES)) throw new TypeError('a detector bug');
  return detectPressureTactics(text);
};

describe('scanBrandTexts contains a detector fault to the text that caused it', () => {
  it('flags the text it could not read and still reads the others', () => {
    const { observations, flagged } = scanBrandTexts(
      [
        { brandId: 'broken', field: 'decline.message', text: CHOKES },
        { brandId: 'calm', field: 'decline.message', text: 'Sorry, nothing in our range fits: we only sell road shoes.' },
        { brandId: 'pushy', field: 'card.description', text: 'Hurry! Only 2 left, this price ends in 10 minutes!' },
      ],
      detect,
    );
    expect(flagged.has('broken\u0000decline.message')).toBe(true);
    expect(flagged.has('calm\u0000decline.message')).toBe(false);
    expect(flagged.has('pushy\u0000card.description')).toBe(true);
    expect(observations.some((o) => o.brandId === 'pushy' && o.kind === 'pressure-tactic')).toBe(true);
    expect(observations.some((o) => o.brandId === 'broken')).toBe(false);
  });
});
