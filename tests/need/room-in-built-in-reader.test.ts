import { describe, expect, it } from 'vitest';
import { statedMoney, understandNeedText } from '../../agent/need/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

// needfix39: a share of room over a figure ("20 % over 150 euros is fine", "can stretch 10 %") was applied only on the
// LLM cap path (statedMoney); the built-in reader read the bare figure. Both now read the same limit.
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

function builtInBudget(text: string): number | undefined {
  const u = understandNeedText(text, ctx);
  const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
  return need?.budget?.amountMinor;
}

function openBudget(text: string): number | undefined {
  const u = readRequest(text);
  const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
  return need?.budget?.amountMinor;
}

const ROWS: ReadonlyArray<readonly [string, number]> = [
  ['headphones, max 200, 20 % over 150 euros is fine', 18000],
  ['headphones up to 100 euros, can stretch 10 %', 11000],
  ['headphones 200 euros, I can stretch by 10%', 22000],
  ['headphones under 150 euros, 10% leeway', 16500],
  ['headphones under 100, 20 % more battery', 10000],
];

describe('the built-in reader reads the limit the LLM cap path allows', () => {
  it.each(ROWS)('%s: %i', (text, minor) => {
    expect(builtInBudget(text)).toBe(minor);
    expect(statedMoney(text, ctx).resolved?.amountMinor).toBe(minor);
  });

  it.each([
    ['a road bike under 800 euros, can stretch 10 %', 88000],
    ['a road bike, max 1000, 20 % over 800 euros is fine', 96000],
  ])('on a market: %s: %i', (text, minor) => {
    expect(openBudget(text)).toBe(minor);
  });
});
