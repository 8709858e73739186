import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A quotation that ends on a figure ('"…, under 40"') is closed by its quotation mark, not given inches. On main
// (335da7e) 'Forwarded from my dad: "a kettle, white, under 40"' read "under 40 inches" and lost the budget.

describe('a quotation ending on a figure', () => {
  it('is closed, and the figure keeps its meaning', () => {
    expect(read('Forwarded from my dad: "an electric kettle, white, under 40"').budget?.amountMinor).toBe(4000);
    expect(read('My brother wrote: "wireless headphones, noise cancelling, max 180". Thanks').budget?.amountMinor).toBe(18000);
  });

  it('leaves an inch mark inside a quotation, and outside one, as inches', () => {
    const laptop = read('a 14" laptop, 900 max');
    expect([...laptop.softPreferences.map((p) => p.value), ...laptop.hardConstraints.filter((r) => r.attribute === 'screen_in').map((r) => r.value)]).toContain(14);
    expect(laptop.budget?.amountMinor).toBe(90000);
    expect(read('My wife says: "a 55" TV please", 800 max').budget?.amountMinor).toBe(80000);
  });
});
