import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A weekday with its date in brackets ("Sunday (the 13th)", "dimanche (le 13)") is that date, as "Sunday the 13th"
// is. On main (335da7e) the bracket hid the date and the next Sunday was read. The table's clock is Wednesday
// 2 December 2026: the next Sunday is the 6th, Sunday the 13th a week later.

describe('a weekday with its date in brackets', () => {
  it('is that date', () => {
    expect(read('a jigsaw for Sunday (the 13th), 100 pieces, 20 euros').deadline?.slice(0, 10)).toBe('2026-12-13');
    expect(read('un puzzle pour dimanche (le 13), 20 euros').deadline?.slice(0, 10)).toBe('2026-12-13');
  });

  it('is the next such day when the bracket holds no date', () => {
    expect(read('a jigsaw for Sunday (my day off), 20 euros').deadline?.slice(0, 10)).toBe('2026-12-06');
  });
});
