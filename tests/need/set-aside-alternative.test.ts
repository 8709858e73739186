import { describe, expect, it } from 'vitest';
import { readRequest } from './unseen-requests-judge.ts';

// On main (b96e232) the option named after "rather than" / "instead of" / "plutôt que" / "au lieu de" was the one
// read: "mesh rather than leatherette" preferred leatherette, "Kobo rather than Kindle" the Kindle store, and "au lieu
// de" was left over as not understood. The option set aside is neither wanted nor refused, and is said back.

function reading(text: string): { soft: string[]; hard: string[]; said: string } {
  const u = readRequest(text);
  if (u.kind !== 'need') throw new Error(`${text}: ${u.kind}`);
  return {
    soft: u.need.softPreferences.map((p) => `${p.attribute} ${p.direction} ${String(p.value)}`),
    hard: u.need.hardConstraints.map((c) => `${c.attribute} ${c.op} ${JSON.stringify(c.value)}`),
    said: [...u.assumptions, ...u.notUnderstood].join(' | '),
  };
}

describe('an option set aside for another', () => {
  it('reads the value named first, not the one after "rather than" / "instead of"', () => {
    const suitcase = reading('a hard shell suitcase, polycarbonate rather than aluminium, under 150 euros');
    expect(suitcase.soft).toContain('material equals polycarbonate');
    expect(suitcase.soft.join()).not.toContain('aluminium');
    expect(suitcase.said).toContain('"aluminium"');
    const drill = reading('a cordless drill, 18 V, Makita instead of Bosch, max 150 euros');
    expect(drill.soft).toContain('maker equals Makita');
    expect(`${drill.soft} ${drill.hard}`).not.toContain('Bosch');
  });

  it('does so in French, with "plutôt que" and "au lieu de", and leaves no word over', () => {
    const chair = reading('chaise de bureau en tissu plutôt que du cuir, moins de 200 euros');
    expect(chair.soft).toContain('material equals fabric');
    expect(chair.soft.join()).not.toContain('leather');
    const kettle = reading('une bouilloire noire au lieu de blanche, moins de 60 €');
    expect(kettle.hard.join()).toContain('"black"');
    expect(kettle.hard.join()).not.toContain('white');
    expect(kettle.said).toContain('« blanche »');
    expect(readRequest('une bouilloire noire au lieu de blanche, moins de 60 €').notUnderstood).toEqual([]);
  });

  it('reads a maker set aside in a built-in category as no preference', () => {
    const headphones = reading('wireless headphones, Sony rather than Bose, under 200 euros');
    expect(headphones.soft).toContain('maker equals Sony');
    expect(`${headphones.soft} ${headphones.hard}`).not.toContain('Bose');
    const casque = reading('casque audio sans fil, Sennheiser plutôt que JBL, moins de 150 €');
    expect(`${casque.soft} ${casque.hard}`).not.toContain('JBL');
  });
});
