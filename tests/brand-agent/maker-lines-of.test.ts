// The makers a catalogue sells and their product lines, for a card's `makers` (protocol 1.2, makers33): a line is read
// from titles only where it is safe. Titles written for this test.
import { describe, expect, it } from 'vitest';
import { createBrandAgentCore, makerLinesOf } from '../../brand-agent/index.ts';
import { createDemoBrand } from '../../brand-agent/demo-market/index.ts';

const p = (maker: string | undefined, title: string) => ({ ...(maker === undefined ? {} : { maker }), title });

describe('makerLinesOf', () => {
  it('lists every maker, most products first, with the word after its name that starts two titles', () => {
    const makers = makerLinesOf([
      p('Apple', 'Apple iPhone 15 smartphone, 128 GB, black'),
      p('Apple', 'Apple iPhone 15 smartphone, 256 GB, blue'),
      p('Apple', 'Apple iPad Air tablet, 11 inch'),
      p('Samsung', 'Samsung Galaxy S24 smartphone, 128 GB'),
      p('Samsung', 'Samsung Galaxy A15 smartphone, 128 GB'),
      p('Fairphone', 'Fairphone 5 smartphone, 256 GB'),
    ]);
    expect(makers).toEqual([{ name: 'Apple', lines: ['iPhone'] }, { name: 'Samsung', lines: ['Galaxy'] }, { name: 'Fairphone' }]);
  });

  it('reads no line from a word two makers use, a word written in lower case, a maker’s name, or a title not starting with its maker', () => {
    const makers = makerLinesOf([
      p("De'Longhi", "De'Longhi Nespresso Essenza coffee machine"),
      p("De'Longhi", "De'Longhi Nespresso Lattissima coffee machine"),
      p('Krups', 'Krups Nespresso Vertuo coffee machine'),
      p('Krups', 'Krups Nespresso Inissia coffee machine'),
      p('Rains', 'Rains Backpack Mini, black'),
      p('Rains', 'Rains Backpack, green'),
      p('Osprey', 'Osprey Farpoint 40 travel backpack'),
      p('Vango', 'Vango Osprey 2 tent'),
      p('Vango', 'Vango Osprey 3 tent'),
      p('Kobo', 'Libra Colour e-reader by Kobo'),
      p('Kobo', 'Libra 2 e-reader by Kobo'),
      p(undefined, 'Generic Cable 2 m'),
    ]);
    expect(makers.flatMap((m) => m.lines ?? [])).toEqual([]);
    expect(makers.map((m) => m.name)).toEqual(["De'Longhi", 'Krups', 'Rains', 'Vango', 'Kobo', 'Osprey']);
  });

  it('fills the demo market’s cards: a phone shop lists Apple with iPhone, and Samsung with Galaxy', () => {
    const card = createBrandAgentCore(createDemoBrand('pixel-hub')).card;
    expect(card.makers).toEqual(expect.arrayContaining([{ name: 'Apple', lines: expect.arrayContaining(['iPhone', 'iPad']) }, { name: 'Samsung', lines: ['Galaxy'] }]));
  });
});
