import { describe, expect, it } from 'vitest';
import { readUnseen } from './unseen-requests-judge.ts';

// "la fin du mois prochain" is the end of next month. On main (589e8b8) "fin du mois" was read first (this month's
// end) and "prochain" left over; "by the end of the next month" was not read as next month's end either.

const deadlineOf = (text: string, now: Date): string | undefined => {
  const u = readUnseen({ text, lang: 'en', expect: '' }, now);
  return u.kind === 'need' ? u.need.deadline?.slice(0, 10) : u.kind === 'clarify' ? u.partial.deadline?.slice(0, 10) : undefined;
};

describe('the end of next month', () => {
  it('is the last day of the month after this one, in French and English', () => {
    const midMarch = new Date('2028-03-14T08:00:00Z');
    expect(deadlineOf('une bouilloire en verre pour la fin du mois prochain', midMarch)).toBe('2028-04-30');
    expect(deadlineOf('du café en grains, livré pour fin de mois prochain', midMarch)).toBe('2028-04-30');
    expect(deadlineOf('a glass kettle by the end of the next month', midMarch)).toBe('2028-04-30');
    // Across a year and a leap February.
    expect(deadlineOf('un casque sans fil pour la fin du mois prochain', new Date('2027-12-20T08:00:00Z'))).toBe('2028-01-31');
    expect(deadlineOf('un casque sans fil pour la fin du mois prochain', new Date('2028-01-05T08:00:00Z'))).toBe('2028-02-29');
  });

  it('leaves this month\'s end as it was', () => {
    expect(deadlineOf('une bouilloire en verre pour la fin du mois', new Date('2028-03-14T08:00:00Z'))).toBe('2028-03-31');
  });
});
