import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// A figure followed by a word counting thousands is that many thousands: "12 thousand euros" (and a gloss's "тысяч" →
// "thousand", so "до 30 тысяч рублей" is 30,000 roubles).
describe('a figure counted in thousands in words', () => {
  it('reads the figure times a thousand', () => {
    expect(readNeed('a road bike, no more than 4 thousand euros').budget?.amountMinor).toBe(400_000);
    expect(readNeed('планшет для рисования с поддержкой стилуса, до 30 тысяч рублей').budget).toEqual({ amountMinor: 3_000_000, currency: 'RUB' });
  });
});
