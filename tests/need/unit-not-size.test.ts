import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRequest } from './unseen-requests-judge.ts';
import type { Understanding } from '../../agent/need/index.ts';

const sizeOf = (u: Understanding): unknown => (u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined)?.hardConstraints.find((c) => c.attribute === 'size_eu')?.value;

// On main (86050b1) "I run 50 km a week" was a running-shoe request for EU size 50.
describe('a number followed by a unit is never a shoe size', () => {
  it('asks for the size instead of reading a distance as one', () => {
    const u = readRequest('running shoes, I run 50 km a week');
    expect(u.kind).toBe('clarify');
    expect(sizeOf(u)).toBeUndefined();
    expect(u.notUnderstood.join(' ')).toContain('50 km a week');
    expect(sizeOf(readRequest('I run 50 km a week'))).toBeUndefined();
  });

  it('property: "<n> <unit>" in a shoe request is never the size; a bare "<n>" still is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 36, max: 48 }), fc.constantFrom('km', 'mi', 'miles', 'kg', 'min', 'h', '%', 'kilometres', 'minutes'), (n, unit) => {
        expect(sizeOf(readRequest(`trail running shoes, ${n} ${unit}`))).toBeUndefined();
      }),
      { numRuns: 40 },
    );
    expect(sizeOf(readRequest('trail running shoes, 43'))).toBe(43);
  });
});
