// A card name that reads as another configured brand is shown with its entry id (red team: look-alike letters and
// padding used to escape the label).
import { describe, expect, it } from 'vitest';
import { labelConnections, type BrandConnection } from '../../agent/butler/index.ts';
import { MAX_NAME_LENGTH } from '../../agent/decision/index.ts';

const connection = (id: string, name: string) => ({ id, card: { id, name } }) as unknown as BrandConnection;
const shownAs = (name: string) => labelConnections([connection('trailco', 'Trailco'), connection('sly-shoes', name)]).map((c) => c.card.name);

describe('labelConnections', () => {
  it.each([
    ['upper case', 'TRAILCO'],
    ['a Cyrillic а', 'Tr\u0430ilco'],
    ['a dotless ı', 'Tra\u0131lco'],
    ['a capital I for the l', 'TraiIco'],
    ['a 1 for the l', 'Trai1co'],
  ])('labels a name that reads as another brand’s: %s', (_what, name) => {
    const [trailco, sly] = shownAs(name);
    expect(sly).toBe(`${name} (sly-shoes)`);
    expect(trailco).toBe('Trailco (trailco)');
  });

  it('(fixed) keeps the entry id within the 40 characters every surface shows of a name, however long the name (on 544acdb: 120, and the explanation cut the id off)', () => {
    const [, long] = shownAs('Trailco Official Outlet Store for Europe and the Whole World');
    expect(long).toBe('Trailco Official Outlet Sto… (sly-shoes)');
    expect(long!.length).toBeLessThanOrEqual(MAX_NAME_LENGTH + 1);
    // Escape sequences go whole, with no "[31m" left in the name.
    const [, coloured] = shownAs('Trailco\u001b[31m Outlet');
    expect(coloured).toBe('Trailco Outlet (sly-shoes)');
  });

  it('keeps the entry id in sight however the name is padded (spaces, invisible characters)', () => {
    for (const pad of [' ', '\u200b', '\u2028', '\u00a0']) {
      const [, sly] = shownAs(`Trailco${pad.repeat(113)}`);
      expect(sly).toBe('Trailco (sly-shoes)');
    }
    // Marks that fold away still take room: the name is cut, never the label.
    const [, long] = shownAs(`Trailco${'\u0301'.repeat(113)}`);
    expect([...long!].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(long!.endsWith(' (sly-shoes)')).toBe(true);
  });

  it('reads rn as m and vv as w', () => {
    const names = labelConnections([connection('momo', 'Momo'), connection('x', 'Rnorno'), connection('wave', 'Wave'), connection('y', 'VVave')]).map((c) => c.card.name);
    expect(names).toEqual(['Momo (momo)', 'Rnorno (x)', 'Wave (wave)', 'VVave (y)']);
  });

  it('leaves names that read differently alone', () => {
    expect(shownAs('Sly Shoes')).toEqual(['Trailco', 'Sly Shoes']);
    // Sharing letters or a word is not holding the other's name.
    expect(shownAs('Trail Shoes')).toEqual(['Trailco', 'Trail Shoes']);
    expect(shownAs('Trailcomfort')).toEqual(['Trailco', 'Trailcomfort']);
  });

  it.each([
    ['an outlet', 'Trailco Outlet'],
    ['official store', 'Official Trailco Store'],
    ['run together', 'TrailcoStore'],
    ['hyphenated, with a look-alike letter', 'Tr\u0430ilco-Outlet'],
    ['the entry id', 'Sly Shoes by trailco'],
  ])('(fixed) labels a name holding another brand’s name whole: %s (on 544acdb shown bare)', (_what, name) => {
    const [trailco, sly] = shownAs(name);
    expect(sly).toBe(`${name} (sly-shoes)`);
    expect(trailco).toBe('Trailco (trailco)');
  });
});

describe('labelConnections with the brands the person knows that are not connected', () => {
  const sly = (name: string, known: Parameters<typeof labelConnections>[1]) => labelConnections([connection('sly-shoes', name)], known)[0]!.card.name;

  it('(fixed) labels a name that reads as an absent brand’s entry id or its last shown name (labelled or not)', () => {
    expect(sly('Tr\u0430ilco', [{ id: 'trailco' }])).toBe('Tr\u0430ilco (sly-shoes)');
    expect(sly('Summit Gear Outlet', [{ id: 'summit', name: 'Summit Gear' }])).toBe('Summit Gear Outlet (sly-shoes)');
    expect(sly('Summit Gear', [{ id: 'summit', name: 'Summit Gear (summit)' }])).toBe('Summit Gear (sly-shoes)');
  });

  it('does not label a name by its own record, nor one that reads as no known brand', () => {
    expect(sly('Sly Shoes', [{ id: 'sly-shoes', name: 'Sly Shoes' }, { id: 'trailco' }, { id: 'summit', name: 'Summit Gear (summit)' }])).toBe('Sly Shoes');
    // The label's own words are not the absent brand's name: "Summit" alone is not "Summit Gear".
    expect(sly('Summit', [{ id: 'summit-gear', name: 'Summit Gear (summit-gear)' }])).toBe('Summit');
  });
});
