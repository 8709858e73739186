import { describe, expect, it } from 'vitest';
import { createDeterministicNeedEngine, statedMoney } from '../../agent/need/index.ts';

// Red team 38 (review38a): the count and currencies the LLM path holds a model to are read as the built-in reader
// reads the words: through the gloss, with every currency a person may name, and with descriptors kept apart.
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

describe('the count a model is held to', () => {
  it.each([
    ['zwei Paar Trailschuhe Größe 43', 2],
    ['drei Wasserkocher', 3],
    ['dos pares de zapatillas', 2],
    ['dwa czajniki', 2],
    ['I need 3', 3],
    ['I need three', 3],
    ['buy 4', 4],
    ['plates for 4', 4],
    ['one for me and one for my wife', 2],
    ['kettles for both my daughters', 2],
  ])('%s reads %i', (text, count) => {
    expect(statedMoney(text, ctx).count).toBe(count);
  });

  it.each(['kettle 100 Kč', 'kettle 100 руб', 'kettle 100 rs', 'kettle 100 lei', 'a 24 piece tool set', 'a 3 in 1 charger', 'a 3 seater sofa', 'a 2 person tent', 'top 3 kettles', 'a kettle for 40'])(
    '%s counts one item',
    (text) => {
      expect(statedMoney(text, ctx).count).toBe(1);
    },
  );
});

describe('the currencies a person names', () => {
  it.each([
    ['kettle in INR', 'INR'],
    ['kettle, prices in rupees', 'INR'],
    ['Wasserkocher, Preise in Franken', 'CHF'],
    ['kettle in czech crowns', 'CZK'],
    ['kettle under 100 Fr.', 'CHF'],
    ['kettle ₹5000', 'INR'],
    ['kettle 100 ₺', 'TRY'],
    ['kettle 5000 円', 'JPY'],
    ['kettle 100 Kč', 'CZK'],
    ['kettle 100 lei', 'RON'],
    ['kettle 100 руб', 'RUB'],
    ['kettle under 15000 rupees', 'INR'],
  ])('%s names %s', (text, code) => {
    const stated = statedMoney(text, ctx);
    expect(stated.currencies.has(code)).toBe(true);
    expect(stated.namedCurrency).toBe(code);
  });

  it('an amount in rupees is a budget in rupees, not euros', () => {
    expect(statedMoney('kettle under 15000 rupees', ctx).resolved).toEqual({ amountMinor: 1_500_000, currency: 'INR' });
  });

  it('a bare crown is the model’s crown when it reads one, and the words then allow it', () => {
    const stated = statedMoney('kettle under 500 kr', ctx, 'NOK');
    expect(stated.resolved).toEqual({ amountMinor: 50_000, currency: 'NOK' });
    expect(stated.currencies.has('NOK')).toBe(true);
  });

  it('a currency sign the reader does not know keeps the model’s currency', () => {
    expect(statedMoney('kettle under ₾100', ctx, 'GEL').currencies.has('GEL')).toBe(true);
  });

  it('ordinary words are not currencies away from a figure', () => {
    const stated = statedMoney('a kettle that won an award, I want ALL the colours', ctx);
    expect([...stated.currencies]).toEqual(['EUR']);
  });
});

describe('quantities and weights are not budgets', () => {
  it.each(['trail shoes for me and my wife, one each', 'trail shoes, weight under 1 pound'])('%s states no budget', async (text) => {
    expect(statedMoney(text, ctx).resolved).toBeUndefined();
    const read = await createDeterministicNeedEngine().understand(text, ctx);
    const budget = read.kind === 'need' ? read.need.budget : read.kind === 'clarify' ? read.partial.budget : undefined;
    expect(budget).toBeUndefined();
  });

  it('a figure before each still prices', () => {
    expect(statedMoney('mugs, 80 each', ctx).resolved).toEqual({ amountMinor: 8_000, currency: 'EUR' });
  });
});
