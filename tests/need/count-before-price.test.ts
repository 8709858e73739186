import { describe, expect, it } from 'vitest';
import { readNeed, readNeedOrPartial } from './unseen-requests-judge.ts';

// On main (0220d75) a bare count before a price word was read as the money ("I need 4 max 100" → budget 4.00 EUR) or
// dropped ("a kettle, need 2, max 60" → quantity 1; "buy 5 under 40 each" → 40.00 EUR for one).
describe('a count said right before a price counts the items the price is for', () => {
  it('reads the figure before a ceiling word as how many and the figure after it as the price', () => {
    for (const [text, quantity, budget] of [
      ['I need 4 max 100', 4, 10000],
      ['need 2, max 60', 2, 6000],
      ['3 please, budget 90', 3, 9000],
      ['a kettle, I need 4 max 100', 4, 10000],
      ['a kettle, need 2, max 60', 2, 6000],
      ['a blender, 3 please, budget 90', 3, 9000],
      ['une bouilloire, il m\'en faut 4 max 100', 4, 10000],
      ['einen Wasserkocher, ich brauche 4 maximal 100', 4, 10000],
      ['un hervidor, necesito 2, máximo 60', 2, 6000],
    ] as const) {
      const need = readNeedOrPartial(text);
      expect(need.quantity, text).toBe(quantity);
      expect(need.budget?.amountMinor, text).toBe(budget);
    }
  });

  it('prices each of the counted items when the price is said per item', () => {
    for (const text of ['buy 5 under 40 each', 'kettle: buy 5 under 40 each', 'a kettle, I want 5, max 40 each']) {
      const need = readNeedOrPartial(text);
      expect(need.quantity, text).toBe(5);
      expect(need.budget?.amountMinor, text).toBe(20000);
    }
  });

  it('keeps a figure with its own currency or price word as money, and a lone price as the budget', () => {
    expect(readNeed('a kettle, 40 € max 100').budget?.amountMinor).toBe(4000);
    expect(readNeed('a kettle, 40 € max 100').quantity).toBe(1);
    expect(readNeed('a kettle, 50 max').budget?.amountMinor).toBe(5000);
    expect(readNeed('a kettle, 40 please').budget?.amountMinor).toBe(4000);
    expect(readNeed('a kettle 60 max, 2 please').quantity).toBe(2);
    expect(readNeed('a kettle 60 max, 2 please').budget?.amountMinor).toBe(6000);
  });
});
