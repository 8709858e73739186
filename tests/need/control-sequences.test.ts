import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understandNeedText, type Understanding } from '../../agent/need/index.ts';
import { stripControlSequences } from '../../agent/need/strip-control-sequences.ts';
import { OPEN_MARKET } from './fixtures/open-market-cards.ts';

// A market that sells vacuums, whose run time is a duration: "ESC [2J" used to leave "2J" read as "2 jours".
const context = { now: new Date('2026-12-03T10:00:00.000Z'), defaultCurrency: 'EUR', market: OPEN_MARKET };
const ESC = '\u001b';

/** The need (or the clarifying question's partial need) without the request text it echoes. */
function reading(text: string): unknown {
  const u: Understanding = understandNeedText(text, context);
  if (u.kind === 'need') return { kind: u.kind, ...u.need, text: undefined };
  if (u.kind === 'clarify') return { kind: u.kind, missing: u.missing, ...u.partial, text: undefined };
  return { kind: u.kind };
}

describe('terminal control sequences are not words of the request', () => {
  it('"clear screen" pasted into a request is not read as "2 jours"', () => {
    const typed = `${ESC}[2J${ESC}[H\u0007un aspirateur sans fil${ESC}[0m à moins de 200 €`;
    expect(reading(typed)).toEqual(reading('un aspirateur sans fil à moins de 200 €'));
    const u = understandNeedText(typed, context);
    if (u.kind !== 'need') throw new Error(`expected a need, got ${u.kind}`);
    expect(u.need.hardConstraints).toEqual([{ attribute: 'cordless', op: 'eq', value: true }]);
  });

  it('removes CSI, OSC and C0/C1 controls, keeps tabs, line breaks and every printable character', () => {
    expect(stripControlSequences(`a${ESC}[31;1mred${ESC}[0m b`)).toBe('a red  b');
    expect(stripControlSequences(`${ESC}]0;title\u0007shoes`)).toBe(' shoes');
    expect(stripControlSequences('size 43\tunder 150 €\nplease')).toBe('size 43\tunder 150 €\nplease');
    expect(stripControlSequences('\u009b2Jcafé\u0000')).toBe(' café ');
  });

  it('removes device-control and application strings whole, payload included (one definition with the terminal)', () => {
    // DCS, APC and PM strings carry a payload up to their terminator: none of it is a word of the request.
    expect(stripControlSequences(`${ESC}P1$r2J${ESC}\\shoes`)).toBe(' shoes');
    expect(stripControlSequences(`${ESC}_max 9000 EUR${ESC}\\boots`)).toBe(' boots');
    expect(stripControlSequences(`\u0090500 g\u009ccoffee`)).toBe(' coffee');
  });

  it('never changes text without control characters, and leaves none behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
        expect(stripControlSequences(clean)).toBe(clean);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(stripControlSequences(s)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      }),
    );
  });
});
