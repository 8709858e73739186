import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_CHARS, understandNeedText } from '../../agent/need/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const read = (text: string) => understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });

describe('saying plainly what was not understood', () => {
  it('reports leftover words that carried meaning, and not the filler', () => {
    const result = read('please find me durable running shoes size 43 with good grip, thanks');
    expect(result.kind).toBe('need');
    expect(result.notUnderstood).toEqual(['"durable"', '"grip"']);
  });

  it('keeps the negation with an unknown word', () => {
    const result = read('headphones, not bulky');
    expect(result.notUnderstood).toEqual(['"not bulky"']);
    expect(result.kind === 'need' && result.need.hardConstraints).toEqual([]);
  });

  it('reports a known feature that does not apply to the category', () => {
    const result = read('waterproof organic headphones');
    expect(result.kind).toBe('need');
    expect(result.notUnderstood).toContain('"organic" (does not apply to headphones)');
    expect(result.kind === 'need' && result.need.hardConstraints).toEqual([{ attribute: 'water_resistance', op: 'eq', value: 'IPX7' }]);
  });

  it('reports values out of range instead of using them', () => {
    expect(read('running shoes size 99').notUnderstood).toContain('"size 99" (not an EU shoe size between 30 and 52)');
    expect(read('headphones with 500h battery').notUnderstood).toContain('"500h battery" (battery life must be between 1 and 200 hours)');
    expect(read('coffee beans 5000 packs').notUnderstood).toContain('"5000 packs" (quantity must be between 1 and 1000)');
    expect(read('coffee beans 20g').notUnderstood).toContain('"20g" (a coffee pack weighs between 50 g and 10 kg)');
    const past = read('coffee beans before 2020-01-01');
    expect(past.notUnderstood).toContain('"before 2020-01-01" (that date has already passed)');
    expect(past.kind === 'need' && past.need.deadline).toBeUndefined();
    const zero = read('headphones under 0 euros');
    expect(zero.notUnderstood).toContain('"under 0 euros" (not a usable budget)');
    expect(zero.kind === 'need' && zero.need.budget).toBeUndefined();
  });

  it('reports a second currency instead of mixing them', () => {
    const result = read('headphones under 100 euros, or 120 dollars max');
    expect(result.kind === 'need' && result.need.budget).toEqual({ amountMinor: 10000, currency: 'EUR' });
    expect(result.notUnderstood).toContain('"120 dollars max" (a second currency; only EUR is used)');
  });

  it('reports a lone number it could not place', () => {
    const result = read('running shoes size 43 under 100 euros 7');
    expect(result.notUnderstood).toEqual(['"7"']);
  });

  it('reports typo corrections and inferred readings as assumptions', () => {
    const result = read('hedphones under 80, not Pushy');
    expect(result.kind).toBe('need');
    if (result.kind !== 'need') return;
    expect(result.assumptions).toContain('typo: "hedphones" read as "headphones"');
    expect(result.assumptions).toContain('brand: "Pushy" read as a maker to avoid');
    const shoes = read('trail shoes 43');
    expect(shoes.kind === 'need' && shoes.assumptions).toContain('size: "43" read as EU size 43');
  });

  it('says when it stopped reading a very long request', () => {
    const result = read(`headphones under 100 ${'blah '.repeat(2000)}`);
    expect(result.notUnderstood).toContain(`everything after the first ${MAX_REQUEST_CHARS} characters (ignored)`);
    expect(result.notUnderstood.length).toBeLessThanOrEqual(64);
    expect(result.kind === 'need' && result.need.text.length).toBe(MAX_REQUEST_CHARS);
  });
});
