import { describe, expect, it } from 'vitest';
import { validUntil } from '../../brand-agent/reference/shared/index.ts';

describe('validUntil (written once per instant)', () => {
  it('writes the same text as the Date it stands for, for repeated and new instants alike', () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    for (const minutes of [10, 720, 10, 0.5, 720]) {
      expect(validUntil(now, minutes)).toBe(new Date(now.getTime() + minutes * 60_000).toISOString());
    }
    expect(validUntil(new Date(now.getTime() + 1), 10)).toBe('2026-03-01T10:10:00.001Z');
  });

  it('still refuses an invalid instant, every time', () => {
    expect(() => validUntil(new Date(Number.NaN), 10)).toThrow(RangeError);
    expect(() => validUntil(new Date(Number.NaN), 10)).toThrow(RangeError);
  });
});
