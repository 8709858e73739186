// A brand's words shown as data are cleaned the same way on every surface: the web card's name (brandText) drops the
// invisible characters the terminal and Majordome's sentences drop (protocol's INVISIBLE_CHARACTERS), so an Arabic
// letter mark, a soft hyphen or a tag character cannot reorder or disguise a name in the page either.
import { describe, expect, it } from 'vitest';
import { brandText, quoteText } from '../../agent/scoring/index.ts';
import { INVISIBLE_CHARACTERS } from '../../protocol/index.ts';

describe('quoteText and brandText drop invisible characters', () => {
  it('removes the Arabic letter mark, soft hyphen, variation selectors and tag characters from a name', () => {
    const name = 'Tra\u061cil\u00adco\ufe0f Shoes\udb40\udc41';
    expect(brandText('card.name', name)).toBe('Trailco Shoes');
  });

  it('still turns layout characters into spaces and collapses them', () => {
    expect(quoteText('pitch', 'Buy\u202enow\nor\u200bnever').text).toBe('Buy now or never');
  });

  it('leaves none of the characters the terminal strips, whatever the text', () => {
    // Every character up to U+3000 but the escape introducers (an escape sequence rightly swallows what follows it).
    const introducers = new Set([0x1b, 0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f]);
    const codes = Array.from({ length: 0x3000 }, (_, i) => i).filter((i) => !introducers.has(i));
    const all = String.fromCharCode(...codes) + '\ufe0f\ufeff\uffa0\udb40\udc41';
    const out = brandText('card.name', all, 100_000);
    expect(out.length).toBeGreaterThan(10_000);
    expect(out.match(new RegExp(INVISIBLE_CHARACTERS.source, INVISIBLE_CHARACTERS.flags))).toBeNull();
  });
});
