import { describe, expect, it } from 'vitest';
import { matchRequestCategory } from '../../agent/need/index.ts';

// Requests in English and French → the Google taxonomy node they are about.
const TABLE: Array<[string, string]> = [
  ['a road bike under 500 euros', '1026'],
  ['un vélo de route à moins de 500 €', '1026'],
  ['un aspirateur sans fil silencieux à moins de 200 €', '619'],
  ['a cordless vacuum cleaner', '619'],
  ['des écouteurs bluetooth', '543626'],
  ['noise cancelling headphones', '543626'],
  ['a tent for 4 people', '1022'],
  ['une tente 4 places', '1022'],
  ['une poussette légère', '568'],
  ['wooden pencils, pack of 12', '543661'],
  ['a garden hose 20 m', '2313'],
  ['running shoes size 43', '187'],
  ['du café en grains bio', '1868'],
  ['une machine à café à grains', '736'],
  ['a cordless drill', '2629'],
  ['un lave-vaisselle silencieux', '680'],
  ['a yoga mat', '3640'],
  ['dog food 10 kg', '3530'],
  ['des croquettes pour chat', '3367'],
  ["un sac à dos pour l'école", '100'],
  ['a carry-on suitcase', '107'],
  ['une liseuse', '3539'],
  ['an ergonomic office chair', '2045'],
  ['un matelas 140x190', '2696'],
  ['a board game for 4 players', '1246'],
  ['un puzzle 1000 pièces', '2618'],
  ['a smartphone with a good camera', '267'],
  ['une trottinette électrique', '5879'],
  ['a blender for smoothies', '505666'],
];

describe('matchRequestCategory', () => {
  for (const [text, id] of TABLE) {
    it(`"${text}" → ${id}`, () => {
      const match = matchRequestCategory(text);
      expect(match.kind, JSON.stringify(match)).toBe('match');
      if (match.kind === 'match') expect(match.best.id).toBe(id);
    });
  }

  it('offers both nodes shops file LEGO under (interlocking blocks, construction sets): the sold one is chosen later', () => {
    const match = matchRequestCategory('a birthday present for a 10-year-old who loves Lego, 40 euros max');
    expect(match.kind).toBe('ambiguous');
    if (match.kind === 'ambiguous') expect(match.options.map((o) => o.id).sort()).toEqual(['3287', '3805']);
  });

  it('finds no category in a gift request without a product ("for my sister" is a recipient)', () => {
    expect(matchRequestCategory('un cadeau pour ma sœur, moins de 50 euros').kind).toBe('none');
  });

  it('offers a choice when two unrelated nodes are named equally well', () => {
    const match = matchRequestCategory('bows');
    expect(match.kind).toBe('ambiguous');
    if (match.kind === 'ambiguous') expect(match.options.length).toBeGreaterThan(1);
  });
});
