import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';

const context = { now: new Date('2026-12-03T10:00:00.000Z'), defaultCurrency: 'EUR' };

// Words every JavaScript object answers to: the need engine's word tables must read them as words, never as the
// inherited functions ("a constructor set" made `majordome ask` exit 1 with a raw ZodError: quantity was a function).
const INHERITED = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'];

describe('words that name inherited object properties are plain words', () => {
  for (const word of INHERITED) {
    for (const text of [`a ${word} set`, `${word} running shoes size 43 under 100 EUR`, `2 ${word} coffee before ${word}`, `${word} 43 ${word} EUR`]) {
      it(`understands "${text}" without throwing, and every number it reads is a number`, () => {
        const u = understandNeedText(text, context);
        const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
        if (need === undefined) return;
        const json = JSON.stringify(need);
        expect(json).not.toContain('function');
        if ('quantity' in need && need.quantity !== undefined) expect(typeof need.quantity).toBe('number');
        if (need.budget !== undefined) expect(typeof need.budget.amountMinor).toBe('number');
      });
    }
  }
});
