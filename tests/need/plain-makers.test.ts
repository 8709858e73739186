import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Makers typed the way a phone or a search box gets them: lower case after a negation, or joined by "+" (requests13
// family: "not braun pls", "pas quechua", "not black+decker"; fails on 279d367). Requests written for this test.
const avoided = (text: string): string[] =>
  read(text)
    .hardConstraints.filter((c) => c.attribute === 'maker' && (c.op === 'not-in' || c.op === 'neq'))
    .flatMap((c) => [c.value].flat().map((v) => String(v).toLowerCase()));

describe('a maker named in lower case', () => {
  it('is excluded after a negation, in English and French, one word or several', () => {
    expect(avoided('un aspirateur sans fil, pas de rowenta')).toEqual(['rowenta']);
    expect(avoided('office chair anything but secretlab')).toEqual(['secretlab']);
    expect(avoided('tente 3 places, pas de coleman svp')).toEqual(['coleman']);
    expect(avoided('robot mower for a small garden, not husqvarna please')).toEqual(['husqvarna']);
    expect(avoided('e-reader waterproof, not amazon')).toEqual(['amazon']);
    expect(avoided('an air purifier for the bedroom, no levoit, no blueair')).toEqual(['levoit', 'blueair']);
    // The market lists "The North Face": read whole, its "the" included (makers33; was 'north face').
    expect(avoided('down jacket size M, anything but the north face')).toContain('the north face');
  });

  it('keeps going through a list of makers after one negation', () => {
    expect(avoided('puzzle 1000 pieces, no ravensburger or clementoni')).toEqual(['ravensburger', 'clementoni']);
    expect(avoided('perceuse visseuse, pas de makita ni de ryobi')).toEqual(['makita', 'ryobi']);
  });

  it('writes a maker the engine knows with its own spelling', () => {
    const rule = read('bluetooth speaker for the garden, no jbl').hardConstraints.find((c) => c.attribute === 'maker');
    expect(rule?.value).toEqual(['JBL']);
  });

  it('does not read a describing word after a negation as a maker', () => {
    for (const text of ['a kettle, not bulky, 1.7 l', 'a tent for two, not flimsy', 'a backpack, nothing flashy', 'tapis de yoga, pas glissant']) {
      expect(read(text).hardConstraints.filter((c) => c.attribute === 'maker'), text).toEqual([]);
    }
  });
});

describe('a maker joined by "+"', () => {
  it('is one name, even when a word of it is a colour', () => {
    expect(avoided('cordless drill 18v, not black+decker')).toEqual(['black+decker']);
    const need = read('aspirateur balai, pas de black+decker, 200 euros max');
    expect(need.hardConstraints.filter((c) => c.attribute === 'color')).toEqual([]);
  });

  it('leaves two standards joined by "+" alone', () => {
    expect(read('a 27 inch monitor with usb-c+hdmi').hardConstraints.filter((c) => c.attribute === 'maker')).toEqual([]);
  });
});
