// Brand text is untrusted and may be as long as the protocol allows (4,000 characters): the detector must read it in
// time linear in its length. On the main of session 33 (before its review) a plain-count reading (`states-plain-count.ts`)
// held three open runs back to back and took ~7 s of CPU per text of commas after a count, the shared count pattern
// (`NUM`) and one multilingual crowd pattern ~6 s over a run of "1.1.1…": each text below then ran past this file's
// time limit. Every run in those patterns is bounded now; the readings of ordinary text are unchanged (the evaluation
// sets and `calibrate.ts --check`).
import { describe, expect, it } from 'vitest';
import { detectPressureTactics } from '../../agent/pressure/index.ts';

const LIMIT = 3_990;
const longText = (head: string, unit: string, tail = ''): string => (head + unit.repeat(LIMIT)).slice(0, LIMIT - tail.length) + tail;

describe('pressure text as long as a brand may send', () => {
  it('reads texts built to make patterns backtrack and still finds what they say', { timeout: 20_000 }, () => {
    const texts = [
      longText('3 items left', ' x,'),
      longText('Only 3 items left', ' x,'),
      longText('', '1.', ' people in your area bought this'),
      longText('', '1,', ' clientes ya han comprado'),
      longText('In stock: 7; ', 'a, '),
    ];
    const labels = texts.map((t) => (detectPressureTactics(t).tactics ?? []).map((x) => x.label));
    expect(labels[0]).toContain('scarcity');
    expect(labels[1]).toContain('scarcity');
    expect(labels.every((l) => Array.isArray(l))).toBe(true);
  });
});
