import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A budget said with its tolerance. On main (589e8b8) "budget 380 € more or less" kept 380 (an approximation after a
// figure named by "budget" was dropped as if "budget" bounded it), "≈" was not read at all, "around 80 but I could go up
// to 95" kept the lowest figure (88), and "no more than 15% over 200" was read as a 15 % measure and a budget of 200.

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a budget said with its tolerance', () => {
  it('is the figure plus ten per cent when an approximation follows a figure only named as the budget', () => {
    expect(budget('a mattress 160x200, budget 380 € more or less')).toBe(41800);
    expect(budget('a kettle, my budget is 40 euros or so')).toBe(4400);
    // A bound said as such stays the bound.
    expect(budget('a kettle, max 40 euros or so')).toBe(4000);
  });

  it('reads "≈" as "about"', () => {
    expect(budget('a kettle, glass, ≈ 45 EUR')).toBe(4950);
    expect(budget('casque sans fil ≈ 120 €')).toBe(13200);
  });

  it('is the figure the person could stretch to, the one aimed at becoming a price wish', () => {
    const need = read('a countertop blender, around 80 but I could go up to 95');
    expect(need.budget?.amountMinor).toBe(9500);
    expect(need.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'price', direction: 'lower', value: 8800 }));
    expect(budget('une bouilloire, 50 € environ, je peux monter jusqu’à 65 €')).toBe(6500);
  });

  it('is the figure plus the share said above it', () => {
    expect(budget('electric kettle, no more than 15% over 200')).toBe(23000);
    expect(budget('wireless headphones, at most 25 percent above 160 euros')).toBe(20000);
    // A share alone is still a measure, never money.
    expect(budget('coffee beans, 100% arabica, under 10 euros')).toBe(1000);
  });
});

// On main (589e8b8) "I'd rather not go over 70 euros" was no budget at all ("go over" unread), and "I'd rather not spend
// more than 120" only a price wish: not going over a figure is staying below it, however politely said.
describe('not going over a figure', () => {
  it('is a ceiling, however politely said', () => {
    expect(read('an electric kettle, stainless steel, and I\'d rather not go over 70 euros').budget?.amountMinor).toBe(7000);
    expect(read('wireless headphones, I\'d rather not spend more than 120').budget?.amountMinor).toBe(12000);
    expect(read('a glass kettle, trying not to go over 45 euros').budget?.amountMinor).toBe(4500);
  });
});
