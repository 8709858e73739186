import { afterEach, describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';

function deadlineOf(text: string, now: string): string | undefined {
  const result = understandNeedText(text, { now: new Date(now), defaultCurrency: 'EUR' });
  expect(result.kind, JSON.stringify(result)).toBe('need');
  return result.kind === 'need' ? result.need.deadline : undefined;
}

const MONDAY = '2026-11-23T10:00:00.000Z';
const FRIDAY_LATE = '2026-11-27T23:30:00.000Z';

describe('deadlines, relative to context.now, in UTC', () => {
  it.each([
    ['coffee beans by Friday', MONDAY, '2026-11-27T23:59:59.999Z'],
    ['coffee beans by fri', MONDAY, '2026-11-27T23:59:59.999Z'],
    ['coffee beans by Friday', FRIDAY_LATE, '2026-12-04T23:59:59.999Z'],
    ['coffee beans next friday', MONDAY, '2026-11-27T23:59:59.999Z'],
    ['coffee beans by monday', MONDAY, '2026-11-30T23:59:59.999Z'],
    ['coffee beans today', MONDAY, '2026-11-23T23:59:59.999Z'],
    ['coffee beans tomorrow', MONDAY, '2026-11-24T23:59:59.999Z'],
    ['coffee beans tomorrow', FRIDAY_LATE, '2026-11-28T23:59:59.999Z'],
    ['coffee beans the day after tomorrow', MONDAY, '2026-11-25T23:59:59.999Z'],
    ['coffee beans within 3 days', MONDAY, '2026-11-26T23:59:59.999Z'],
    ['coffee beans delivered in 5 business days', FRIDAY_LATE, '2026-12-04T23:59:59.999Z'],
    ['coffee beans within 24 hours', MONDAY, '2026-11-24T10:00:00.000Z'],
    ['coffee beans next week', MONDAY, '2026-12-06T23:59:59.999Z'],
    ['coffee beans before next week', MONDAY, '2026-11-30T00:00:00.000Z'],
    ['coffee beans by the end of the month', MONDAY, '2026-11-30T23:59:59.999Z'],
    ['coffee beans before 2026-12-24', MONDAY, '2026-12-24T00:00:00.000Z'],
    ['coffee beans by 2026-12-24', MONDAY, '2026-12-24T23:59:59.999Z'],
    ['coffee beans by 24 December', MONDAY, '2026-12-24T23:59:59.999Z'],
    ['coffee beans by Dec 24th, 2027', MONDAY, '2027-12-24T23:59:59.999Z'],
    ['coffee beans by 3 January', MONDAY, '2027-01-03T23:59:59.999Z'],
    ['coffee beans by 12/24', MONDAY, '2026-12-24T23:59:59.999Z'],
    ['coffee beans before Christmas', MONDAY, '2026-12-25T00:00:00.000Z'],
    ['café en grains pour vendredi', MONDAY, '2026-11-27T23:59:59.999Z'],
    ['café en grains livré avant vendredi', MONDAY, '2026-11-27T00:00:00.000Z'],
    ['café en grains sous 48h', MONDAY, '2026-11-25T10:00:00.000Z'],
    ["café en grains d'ici demain", MONDAY, '2026-11-24T23:59:59.999Z'],
    ['café en grains la semaine prochaine', MONDAY, '2026-12-06T23:59:59.999Z'],
    ['coffee beans 3 day delivery', MONDAY, '2026-11-26T23:59:59.999Z'],
    ['coffee beans by friday or by tomorrow', MONDAY, '2026-11-24T23:59:59.999Z'],
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(deadlineOf(text, now)).toBe(expected);
  });

  it('keeps numbers that are not deadlines out of the deadline', () => {
    expect(deadlineOf('headphones with 30h battery, max 200', MONDAY)).toBeUndefined();
    expect(deadlineOf('trail shoes size 42 2/3', MONDAY)).toBeUndefined();
    expect(deadlineOf('coffee beans 3 packs', MONDAY)).toBeUndefined();
  });

  describe('independent of the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('%s', (zone) => {
      process.env.TZ = zone;
      expect(deadlineOf('coffee beans by Friday', '2026-11-26T23:30:00.000Z')).toBe('2026-11-27T23:59:59.999Z');
      expect(deadlineOf('coffee beans tomorrow', '2026-11-26T23:30:00.000Z')).toBe('2026-11-27T23:59:59.999Z');
    });
  });
});
