import { describe, expect, it } from 'vitest';
import { readRequest } from './unseen-requests-judge.ts';

// On main (b96e232) an attribute named with no value was lost: "Weight doesn't matter" was said back as "Weight" not
// understood, and a capitalised "Colour:" before what is said of the colour was read as a maker to prefer. The name
// is the attribute's: not needed (no rule, said back) or introducing what follows.

function reading(text: string): { makers: unknown[]; said: string; notUnderstood: readonly string[] } {
  const u = readRequest(text);
  if (u.kind !== 'need') throw new Error(`${text}: ${u.kind}`);
  return {
    makers: [...u.need.softPreferences, ...u.need.hardConstraints].filter((r) => r.attribute === 'maker').map((r) => r.value),
    said: u.assumptions.join(' | '),
    notUnderstood: u.notUnderstood,
  };
}

describe('an attribute named with no value', () => {
  it('is not needed when said not to matter, and is said back so', () => {
    const vacuum = reading('A cordless stick vacuum with at least 40 minutes of runtime. Weight does not matter. Max 300 euros.');
    expect(vacuum.said).toContain('no preference');
    expect(vacuum.notUnderstood.join(' ')).not.toMatch(/weight/i);
    const sac = reading('Un sac à dos de randonnée de 30 litres. Le poids n’est pas important, la couleur non plus. Moins de 90 €.');
    expect(sac.said).toContain('poids : pas de préférence');
    expect(sac.notUnderstood.join(' ')).not.toMatch(/poids/i);
  });

  it('introduces what a colon is followed by, and is never a maker', () => {
    const kettle = reading('Electric kettle, 1.7 litres. Colour: anything but red. Under 60 euros.');
    expect(kettle.makers).toEqual([]);
    expect(kettle.said).not.toContain('Colour');
    const tent = reading('Tente 3 places autoportante. Couleur : vert ou gris. 250 € max.');
    expect(tent.makers).toEqual([]);
    expect(tent.notUnderstood.join(' ')).not.toMatch(/couleur/i);
  });
});
