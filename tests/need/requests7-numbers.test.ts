import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Family "measures, counts and dates read as a price" of the requests7 blind set: each case fails on the base
// (requests7-table, 3d6d42b). UNSEEN_NOW is Wednesday 2 December 2026.

describe('a number is a price only with money evidence', () => {
  it('never reads a number followed by a word as a price', () => {
    expect(read('tea for the office, we drink 40 cups a day').budget).toBeUndefined();
    expect(read('a tent, we are 5 adults and 2 dogs').budget).toBeUndefined();
    expect(read('lave-linge 1400 tours').budget).toBeUndefined();
    // A lone number still is, and said back.
    expect(read('a kettle, 40').budget?.amountMinor).toBe(4000);
    expect(read('a kettle, 40 please').budget?.amountMinor).toBe(4000);
  });

  it('reads "+" between a number and its unit as "at least", and compound units', () => {
    expect(read('air purifier, 400+ m3/h').hardConstraints).toContainEqual({ attribute: 'cadr_m3h', op: 'gte', value: 400 });
    expect(read('board game for 6+ players').hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 6 });
    expect(read('washing machine 1200 rpm').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'spin_rpm', value: 1200 }));
  });

  it('reads storage in powers of two, "To" and "gigs", and the name of a measure by its initials', () => {
    expect(read('ordinateur portable 16 Go de RAM et 2 To').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'storage_gb', value: 2048 }));
    expect(read('laptop with 8 gigs of ram').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'ram_gb', value: 8 }));
    const purifier = read('air purifier CADR 250 m3/h');
    expect(purifier.softPreferences.some((p) => p.attribute === 'maker')).toBe(false);
  });
});

describe('a day of the month with its article is a date', () => {
  it('reads "le 12", "avant le 8", "by the 28th" as the next such day', () => {
    expect(read('une bouilloire pour le 12').deadline?.slice(0, 10)).toBe('2026-12-12');
    expect(read('une bouilloire livrée avant le 8 si possible').deadline?.slice(0, 10)).toBe('2026-12-08');
    expect(read('a kettle by the 28th please').deadline?.slice(0, 10)).toBe('2026-12-28');
    // A day already past this month is next month's.
    expect(read('a kettle by the 1st').deadline?.slice(0, 10)).toBe('2027-01-01');
    // Not a date: a count after the article.
    expect(read('a tent for the 3 of us').deadline).toBeUndefined();
  });
});
