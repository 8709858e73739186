import { describe, expect, it } from 'vitest';
import { understandNeedText, type PartialNeed, type Understanding } from '../../agent/need/index.ts';
import { DEMO_MARKET, categoryOf } from './unseen-requests-judge.ts';

const now = new Date('2026-12-01T10:00:00Z');
const read = (text: string) => understandNeedText(text, { now, defaultCurrency: 'EUR', market: DEMO_MARKET });
const needOf = (u: Understanding): PartialNeed | undefined => (u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined);

// Two products in one message, and the person says which to shop for first: that one, by name or by its place in the
// list, read without the words about the other one.
describe('two products named, one to start with', () => {
  it('shops for the product named after "start with" / "on commence par"', () => {
    expect(categoryOf(read('I need a backpack and a tent for the summer, start with the tent please'))).toBe('1022');
    expect(categoryOf(read('un aspirateur et une bouilloire pour le studio, commençons par la bouilloire, en verre'))).toBe('751');
  });

  it('shops for the product the person points at by its place in the list', () => {
    expect(categoryOf(read('two things: a yoga mat and a sleeping bag. start with the first one, not purple'))).toBe('3640');
    expect(categoryOf(read('a yoga mat and a sleeping bag, begin with the second one, down fill'))).toBe('1020');
  });

  it("does not read the other product's words for the one chosen", () => {
    const tent = read('trois sacs de couchage et une tente, on commence par la tente, moins de 3 kg');
    expect(categoryOf(tent)).toBe('1022');
    expect(needOf(tent)?.quantity ?? 1).toBe(1);
  });
});
