import { describe, expect, it } from 'vitest';
import { statedMoney } from '../../agent/need/index.ts';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A figure said right after a standard's name is its version. On main (88f53d5) "Wi-Fi 6E headphones under 150" read a
// 6 EUR budget ("6E" as 6 euros) and "Wi-Fi 6 headphones under 150" six pairs. Twins: a figure with its currency, a
// ceiling word, a count or a unit after it stays what it says, and "6E" said alone stays 6 euros.

const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };
const budget = (text: string): number | undefined => read(text).budget?.amountMinor;

describe('a standard\'s version is no price and no count', () => {
  it.each([
    ['Wi-Fi 6E headphones under 150', 15000],
    ['headphones Wi-Fi 6E under 150', 15000],
    ['WiFi 6E headphones, 150 max', 15000],
    ['headphones with Wi-Fi 6E under 150 euros', 15000],
    ['Kopfhörer mit Wi-Fi 6E unter 150 Euro', 15000],
    ['Bluetooth 5.3 headphones under 100', 10000],
    ['headphones with USB 3 under 50', 5000],
  ])('%s has a budget of %i', (text, minor) => {
    expect(budget(text)).toBe(minor);
    expect(statedMoney(text, ctx).largest.get('EUR')).toBe(minor);
  });

  it.each([['Wi-Fi 6 headphones under 150'], ['Bluetooth 5 headphones under 100']])('%s asks for one pair', (text) => {
    expect(read(text).quantity ?? 1).toBe(1);
    expect(statedMoney(text, ctx).count).toBe(1);
  });

  it('a version alone sets no budget: "headphones Wi-Fi 6E"', () => {
    expect(budget('headphones Wi-Fi 6E')).toBeUndefined();
  });
});

describe('twins: a figure that says it is money, a count or a measure stays one', () => {
  it.each([
    ['headphones under 6 euros', 600],
    ['headphones 6€ max', 600],
    ['headphones, £6', 600],
    ['headphones under 6E', 600],
    ['headphones, 6E max', 600],
    ['headphones, 60E max', 6000],
    ['a kettle under 6 euros', 600],
    ['a Wi-Fi 6E router, 6 euros max', 600],
    ['headphones bluetooth 5 max', 500],
    ['headphones bluetooth 5 euros', 500],
    ['wireless bluetooth 80 max, headphones', 8000],
  ])('%s: %i', (text, minor) => {
    expect([...statedMoney(text, ctx).largest.values()]).toContain(minor);
  });

  it('"bluetooth headphones 2 pairs under 100" and "bluetooth 2 pairs" still count pairs', () => {
    expect(read('bluetooth headphones 2 pairs under 100').quantity).toBe(2);
    expect(read('headphones, bluetooth 2 pairs, under 100').quantity).toBe(2);
  });

  it('"an iPhone 15 under 900" and "a 4K TV under 600" keep their budgets', () => {
    expect(statedMoney('an iPhone 15 under 900', ctx).largest.get('EUR')).toBe(90000);
    expect(statedMoney('a 4K TV under 600', ctx).largest.get('EUR')).toBe(60000);
  });
});

// review50e: only the names of standards that take versions claim the figure after them; "ANC 9" is no version.
describe('a figure after a standard that takes no version stays what main reads', () => {
  it('headphones with ANC 9 has a budget of 9 EUR', () => {
    expect(budget('headphones with ANC 9')).toBe(900);
  });
});
