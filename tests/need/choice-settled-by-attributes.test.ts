import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';
import { DEMO_MARKET, categoryOf } from './unseen-requests-judge.ts';

const now = new Date('2026-12-01T10:00:00Z');
const read = (text: string) => understandNeedText(text, { now, defaultCurrency: 'EUR', market: DEMO_MARKET });

// One word naming two sold products ("screen": monitors or televisions) is settled by a word of an attribute only one
// of them declares; without one it stays a question.
describe('a choice settled by what only one option declares', () => {
  it('reads the option whose declared attribute words are said', () => {
    expect(categoryOf(read('a screen for photo work, 5K, 32 inch'))).toBe('305');
    expect(categoryOf(read('un écran pour les retouches photo, 5K'))).toBe('305');
  });

  it('still asks when nothing said belongs to one option only, or only a short word does', () => {
    expect(categoryOf(read('a screen, 32 inch, black'))).toBe('ask:category');
    expect(categoryOf(read('un casque pour mon fils'))).toBe('ask:category');
  });
});
