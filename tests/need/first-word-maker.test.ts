import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../agent/need/index.ts';
import { readUnseen } from './unseen-requests-judge.ts';

const read = (text: string): Understanding => readUnseen({ text, lang: 'en', expect: '' });
const makers = (u: Understanding): unknown[] =>
  u.kind === 'need' ? [...u.need.hardConstraints, ...u.need.softPreferences].filter((c) => c.attribute === 'maker').map((c) => c.value) : [];

describe('a request whose first word is capitalised as any sentence\'s is', () => {
  it('does not read an ordinary first word before the product as a maker ("Warm jacket", "Durable tent")', () => {
    // On main (c9cd568) each became "maker = Warm/Durable, preferred", which no product meets: nothing was recommended.
    for (const text of ['Warm jacket size L', 'Durable tent for 2', 'Chaude veste taille L']) {
      const u = read(text);
      expect(u.kind, text).toBe('need');
      expect(makers(u), text).toEqual([]);
    }
  });

  it('still reads a first word spelt as only a name is: all capitals or a capital inside ("OSPREY", "iRobot", "TomTom")', () => {
    // The market lists Osprey: its spelling (makers33; was 'OSPREY' as typed).
    expect(makers(read('OSPREY backpack for hiking'))).toEqual(['Osprey']);
    expect(makers(read('iRobot vacuum, cordless'))).toEqual(['iRobot']);
    expect(makers(read('TomTom watch'))).toEqual(['TomTom']);
    // Not the first word: capitalised is enough, as before.
    expect(makers(read('a Suunto watch, GPS'))).toEqual(['Suunto']);
  });
});
