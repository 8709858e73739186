import { describe, expect, it } from 'vitest';
import { NeedError, PartialNeedSchema, createDeterministicNeedEngine, understandNeedText } from '../../agent/need/index.ts';
import type { Understanding } from '../../agent/need/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const context = { now: NOW, defaultCurrency: 'EUR' };

function clarify(result: Understanding): Extract<Understanding, { kind: 'clarify' }> {
  expect(result.kind, JSON.stringify(result)).toBe('clarify');
  if (result.kind !== 'clarify') throw new Error('expected a clarifying question');
  return result;
}

function need(result: Understanding): Extract<Understanding, { kind: 'need' }> {
  expect(result.kind, JSON.stringify(result)).toBe('need');
  if (result.kind !== 'need') throw new Error('expected a need');
  return result;
}

describe('clarifying questions', () => {
  it('asks for the size of shoes, then merges a bare "43"', async () => {
    const engine = createDeterministicNeedEngine();
    const first = clarify(await engine.understand('I need shoes', context));
    expect(first.missing).toEqual(['size_eu']);
    expect(first.question).toMatch(/size/i);
    expect(first.partial.category).toBe('running-shoes');
    expect(PartialNeedSchema.safeParse(first.partial).success).toBe(true);

    const second = need(await engine.understand('43', { ...context, previous: first.partial }));
    expect(second.need.category).toBe('running-shoes');
    expect(second.need.hardConstraints).toEqual([{ attribute: 'size_eu', op: 'eq', value: 43 }]);
    expect(second.need.text).toBe('I need shoes / 43');
  });

  it('keeps everything from the first turn when the size arrives', () => {
    const first = clarify(understandNeedText('waterproof trail shoes under 150, not Nike, by Friday', context));
    const second = need(understandNeedText('size 42.5 please', { ...context, previous: first.partial }));
    expect(second.need.hardConstraints).toEqual(
      expect.arrayContaining([
        { attribute: 'waterproof', op: 'eq', value: true },
        { attribute: 'terrain', op: 'eq', value: 'trail' },
        { attribute: 'size_eu', op: 'eq', value: 42.5 },
        { attribute: 'maker', op: 'not-in', value: ['Nike'] },
      ]),
    );
    expect(second.need.budget).toEqual({ amountMinor: 15000, currency: 'EUR' });
    expect(second.need.deadline).toBe('2026-11-27T23:59:59.999Z');
  });

  it('asks for a category when none is given, then re-reads the first turn with the answer', () => {
    const first = clarify(understandNeedText('something waterproof under 100 euros', context));
    expect(first.missing).toEqual(['category']);
    expect(first.question).toMatch(/running shoes, headphones or coffee/);
    expect(first.partial.budget).toEqual({ amountMinor: 10000, currency: 'EUR' });
    const second = need(understandNeedText('headphones', { ...context, previous: first.partial }));
    expect(second.need.category).toBe('headphones');
    // "Waterproof" had no meaning until the category was known; for headphones it means IPX7.
    expect(second.need.hardConstraints).toEqual([{ attribute: 'water_resistance', op: 'eq', value: 'IPX7' }]);
    expect(second.need.budget).toEqual({ amountMinor: 10000, currency: 'EUR' });
  });

  it('asks which one when two categories are named', () => {
    const first = clarify(understandNeedText('headphones and coffee, max 50', context));
    expect(first.missing).toEqual(['category']);
    expect(first.question).toMatch(/headphones or coffee/);
    const second = need(understandNeedText('coffee, beans', { ...context, previous: first.partial }));
    expect(second.need.category).toBe('coffee');
    expect(second.need.hardConstraints).toEqual([{ attribute: 'form', op: 'eq', value: 'beans' }]);
    expect(second.need.budget?.amountMinor).toBe(5000);
    expect(second.notUnderstood).toEqual([]);
  });

  it('re-reads a size given before the category was settled', () => {
    const first = clarify(understandNeedText('I need running shoes size 43 and headphones', context));
    expect(first.notUnderstood).toEqual([]);
    const second = need(understandNeedText('the shoes', { ...context, previous: first.partial }));
    expect(second.need.category).toBe('running-shoes');
    expect(second.need.hardConstraints).toEqual([{ attribute: 'size_eu', op: 'eq', value: 43 }]);
  });

  it('asks for a category rather than refusing a lone number', () => {
    expect(clarify(understandNeedText('43', context)).missing).toEqual(['category']);
  });

  it('asks again, saying what it did not understand, when the size is out of range', () => {
    const first = clarify(understandNeedText('running shoes size 99', context));
    expect(first.missing).toEqual(['size_eu']);
    expect(first.notUnderstood.some((n) => n.includes('size 99'))).toBe(true);
    const again = clarify(understandNeedText('dunno', { ...context, previous: first.partial }));
    expect(again.missing).toEqual(['size_eu']);
    expect(again.notUnderstood).toContain('"dunno"');
    const done = need(understandNeedText('44', { ...context, previous: again.partial }));
    expect(done.need.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 44 });
    expect(done.need.text).toBe('running shoes size 99 / dunno / 44');
  });

  it('lets the answer switch category, dropping details that no longer apply', () => {
    const first = clarify(understandNeedText('trail shoes, vegan, not Nike, by Friday', context));
    const second = need(understandNeedText('actually headphones, wireless', { ...context, previous: first.partial }));
    expect(second.need.category).toBe('headphones');
    expect(second.need.hardConstraints).toEqual(
      expect.arrayContaining([
        { attribute: 'wireless', op: 'eq', value: true },
        { attribute: 'maker', op: 'not-in', value: ['Nike'] },
      ]),
    );
    expect(second.need.hardConstraints.some((c) => c.attribute === 'terrain' || c.attribute === 'vegan')).toBe(false);
    expect(second.need.deadline).toBe('2026-11-27T23:59:59.999Z');
    expect(second.assumptions.some((a) => a.startsWith('category: switched to headphones'))).toBe(true);
  });

  it('accumulates exclusions across turns', () => {
    const first = clarify(understandNeedText('running shoes, not Nike', context));
    const second = need(understandNeedText('43, and not Adidas either', { ...context, previous: first.partial }));
    expect(second.need.hardConstraints).toContainEqual({ attribute: 'maker', op: 'not-in', value: ['Nike', 'Adidas'] });
  });

  it('refuses a request for a product it does not know', () => {
    const result = understandNeedText('a laptop under 500', context);
    expect(result.kind).toBe('unsupported');
    if (result.kind !== 'unsupported') return;
    expect(result.message).toMatch(/laptop/);
    expect(result.message).toMatch(/running shoes, headphones or coffee/);
    expect(result.notUnderstood).toContain('"a laptop"');
  });

  it('names the taxonomy category nobody connected sells, and how a shop can join', () => {
    const result = understandNeedText('a road bike under 500 euros', context);
    expect(result.kind).toBe('unsupported');
    if (result.kind !== 'unsupported') return;
    expect(result.message).toMatch(/Google product taxonomy 1026/);
    expect(result.message).toMatch(/--feed/);
    // A feature word ("sans fil") does not make a vacuum cleaner a pair of headphones.
    const vacuum = understandNeedText('un aspirateur sans fil silencieux à moins de 200 €', context);
    expect(vacuum.kind).toBe('unsupported');
    // … and the refusal is in the request's language.
    if (vacuum.kind === 'unsupported') expect(vacuum.message).toMatch(/^Aucune marque connectée ne vend la catégorie aspirateurs \(taxonomie produits Google 619/);
    const vague = understandNeedText('a flurble under 20 euros', context);
    if (vague.kind === 'unsupported') expect(vague.message).not.toMatch(/taxonomy/);
  });

  it('rejects a malformed context as a fault, not an understanding', () => {
    expect(() => understandNeedText('shoes 43', { now: new Date(Number.NaN), defaultCurrency: 'EUR' })).toThrow(NeedError);
    expect(() => understandNeedText('shoes 43', { now: NOW, defaultCurrency: 'euro' })).toThrow(NeedError);
    const badPrevious = { hardConstraints: [{ attribute: 'Size', op: 'eq', value: 43 }], softPreferences: [], text: 'x' } as never;
    expect(() => understandNeedText('43', { now: NOW, defaultCurrency: 'EUR', previous: badPrevious })).toThrow(NeedError);
  });
});
