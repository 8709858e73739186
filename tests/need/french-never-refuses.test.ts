import { describe, expect, it } from 'vitest';
import type { HardConstraint } from '../../protocol/index.ts';
import { readNeed } from './unseen-requests-judge.ts';

// On main (dc0427d) "jamais" opened no refusal, as English "never" does: "plus jamais de Sony", "jamais de Rowenta",
// "plus jamais Salomon" left the maker unrefused (or, capitalised, even wished for). It refuses what follows, with or
// without the partitive "de".

/** The makers a request refuses. */
function refusedMakers(text: string): HardConstraint['value'] | undefined {
  return readNeed(text).hardConstraints.find((c) => c.attribute === 'maker' && c.op === 'not-in')?.value;
}

describe('"jamais" refuses what follows', () => {
  it('refuses a maker after "plus jamais de", "jamais d\'" or "plus jamais", built-in or open category', () => {
    expect(refusedMakers('casque sans fil, plus jamais de Sony, moins de 100 €')).toEqual(['Sony']);
    expect(refusedMakers('un aspirateur balai sans fil, jamais de Rowenta')).toEqual(['Rowenta']);
    expect(refusedMakers('des chaussures de trail, plus jamais Salomon, pointure 42')).toEqual(['Salomon']);
    expect(refusedMakers("un sac de couchage chaud, jamais d'Ikea")).toEqual(['Ikea']);
  });

  it('wishes for no refused maker', () => {
    expect(readNeed('un aspirateur sans fil, plus jamais de Dyson, moins de 300 €').softPreferences.filter((p) => p.attribute === 'maker')).toEqual([]);
  });
});
