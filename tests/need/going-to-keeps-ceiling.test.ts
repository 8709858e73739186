import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Review50f (on the mend of review50d's "I'll go to 2 shops" fix): a bare "I'll go to 150" gave way to ANY other limit,
// a wished or approximate one too, so "ideally under 100, but I'd go to 150 tops" was left with no ceiling at all
// (stop 48 read 150); and "150 total" was taken as 150 of something. The bare figure gives way only to another firm
// limit; "total", "overall", "en tout" count nothing.

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a bare "I\'ll go to" ceiling', () => {
  it('(fixed) stays the ceiling beside a figure only wished for or approximate', () => {
    expect(budget("headphones, ideally under 100, but I'd go to 150 tops")).toBe(15000);
    expect(budget("headphones, ideally under 100, but I'll go to 150")).toBe(15000);
    expect(budget("headphones, under 50 would be great but I'd go to 150")).toBe(15000);
    expect(budget('headphones, preferably around 100, but cap it at 150')).toBe(15000);
  });

  it('(fixed) is the whole order\'s when "total" follows', () => {
    expect(budget("headphones, I'll go to 150 total")).toBe(15000);
    expect(budget("headphones, I'll go to 150 total for 2 pairs")).toBe(15000);
  });

  it('hostile twins: still gives way to a firm limit, and a count is still a count', () => {
    expect(budget("headphones, I'll go to 2 shops, max 80")).toBe(8000);
    expect(budget("headphones for my kids, I'll go to 2, max 80")).toBe(8000);
    expect(budget("headphones, I'd go to 3 shops, budget 80")).toBe(8000);
    expect(budget("headphones max 90, I'll go to 3 stores")).toBe(9000);
  });
});
