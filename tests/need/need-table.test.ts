import { describe, expect, it } from 'vitest';
import type { HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { NeedSchema, understandNeedText } from '../../agent/need/index.ts';

/** Monday 23 November 2026, 10:00 UTC. */
const NOW = new Date('2026-11-23T10:00:00.000Z');

interface Row {
  readonly text: string;
  readonly category: string;
  /** The exact hard constraints (order does not matter). */
  readonly hard: readonly HardConstraint[];
  /** Soft preferences that must be present (weight checked only when given). */
  readonly soft?: ReadonlyArray<Omit<SoftPreference, 'weight'> & { weight?: number }>;
  readonly budgetMinor?: number;
  readonly currency?: string;
  readonly deadline?: string;
  readonly quantity?: number;
}

const eq = (attribute: string, value: HardConstraint['value']): HardConstraint => ({ attribute, op: 'eq', value });
const size = (value: number): HardConstraint => eq('size_eu', value);
const notMakers = (...makers: string[]): HardConstraint => ({ attribute: 'maker', op: 'not-in', value: makers });
const FRIDAY = '2026-11-27T23:59:59.999Z';

const ROWS: readonly Row[] = [
  // The issue's own examples.
  { text: 'waterproof trail shoes size 43 under 150 euros', category: 'running-shoes', hard: [size(43), eq('waterproof', true), eq('terrain', 'trail')], budgetMinor: 15000, currency: 'EUR' },
  { text: 'noise cancelling headphones, not Sony, max 200', category: 'headphones', hard: [eq('noise_cancelling', true), notMakers('Sony')], budgetMinor: 20000, currency: 'EUR' },
  {
    text: '1kg of organic espresso beans delivered by Friday',
    category: 'coffee',
    hard: [eq('organic', true), { attribute: 'use', op: 'in', value: ['espresso', 'both'] }, eq('form', 'beans')],
    soft: [{ attribute: 'weight_g', direction: 'equals', value: 1000, weight: 0.8 }],
    deadline: FRIDAY,
    quantity: 1,
  },
  { text: 'running shoes for the road, 42.5, budget €120, vegan please', category: 'running-shoes', hard: [eq('terrain', 'road'), eq('vegan', true), size(42.5)], budgetMinor: 12000, currency: 'EUR' },
  { text: 'wireless earbuds with at least 8h battery', category: 'headphones', hard: [{ attribute: 'battery_hours', op: 'gte', value: 8 }, eq('wireless', true), eq('form', 'in-ear')] },
  { text: 'decaf ground coffee for filter, fair trade', category: 'coffee', hard: [eq('decaf', true), eq('form', 'ground'), { attribute: 'use', op: 'in', value: ['filter', 'both'] }, eq('fair_trade', true)] },
  { text: 'headphones under 100 but not Apple or Beats', category: 'headphones', hard: [notMakers('Apple', 'Beats')], budgetMinor: 10000 },
  // French.
  { text: 'chaussures de trail pointure 43 moins de 150€', category: 'running-shoes', hard: [size(43), eq('terrain', 'trail')], budgetMinor: 15000, currency: 'EUR' },
  { text: 'casque à réduction de bruit, pas Sony, 200€ max', category: 'headphones', hard: [eq('noise_cancelling', true), notMakers('Sony')], budgetMinor: 20000 },
  { text: '1kg de café en grains bio livré avant vendredi', category: 'coffee', hard: [eq('form', 'beans'), eq('organic', true)], soft: [{ attribute: 'weight_g', direction: 'equals', value: 1000 }], deadline: '2026-11-27T00:00:00.000Z' },
  { text: 'café moulu décaféiné pour filtre, commerce équitable', category: 'coffee', hard: [eq('form', 'ground'), eq('decaf', true), { attribute: 'use', op: 'in', value: ['filter', 'both'] }, eq('fair_trade', true)] },
  // "écouteurs" are worn in the ear (openworld24).
  { text: "écouteurs sans fil avec au moins 8h d'autonomie", category: 'headphones', hard: [eq('form', 'in-ear'), { attribute: 'battery_hours', op: 'gte', value: 8 }, eq('wireless', true)] },
  { text: 'chaussures de running taille 42 pour femme, budget 100€', category: 'running-shoes', hard: [size(42), { attribute: 'gender', op: 'in', value: ['women', 'unisex'] }], budgetMinor: 10000 },
  { text: 'casque sans fil bluetooth, autonomie 30h, moins de 150 euros', category: 'headphones', hard: [{ attribute: 'battery_hours', op: 'gte', value: 30 }, eq('wireless', true)], budgetMinor: 15000 },
  // Typos, shouting and punctuation.
  { text: 'noise-cancelling HEADPHONES!!! not SONY... max. 200$', category: 'headphones', hard: [eq('noise_cancelling', true), notMakers('Sony')], budgetMinor: 20000, currency: 'USD' },
  { text: 'waterprof trail shoos size43,under 150eur', category: 'running-shoes', hard: [size(43), eq('waterproof', true), eq('terrain', 'trail')], budgetMinor: 15000 },
  { text: 'hedphones with noise cancelation under 80', category: 'headphones', hard: [eq('noise_cancelling', true)], budgetMinor: 8000 },
  { text: 'expresso coffe beans, organik', category: 'coffee', hard: [{ attribute: 'use', op: 'in', value: ['espresso', 'both'] }, eq('form', 'beans'), eq('organic', true)] },
  // Currencies and ranges.
  { text: 'over-ear headphones between 100 and 150', category: 'headphones', hard: [eq('form', 'over-ear')], budgetMinor: 15000, currency: 'EUR' },
  { text: 'Headphones under $100, multipoint', category: 'headphones', hard: [eq('multipoint', true)], budgetMinor: 10000, currency: 'USD' },
  { text: 'headphones very light, long battery, under £80', category: 'headphones', hard: [], soft: [{ attribute: 'weight_g', direction: 'lower', weight: 0.7 }, { attribute: 'battery_hours', direction: 'higher' }], budgetMinor: 8000, currency: 'GBP' },
  { text: 'noise cancelling over ear headphones around 250 EUR', category: 'headphones', hard: [eq('noise_cancelling', true), eq('form', 'over-ear')], budgetMinor: 27500 },
  { text: 'trail shoes 44, 100-130€', category: 'running-shoes', hard: [size(44), eq('terrain', 'trail')], budgetMinor: 13000 },
  { text: 'vegan trail shoes, size 44, between 90 and 120 euros, delivered within a week', category: 'running-shoes', hard: [size(44), eq('vegan', true), eq('terrain', 'trail')], budgetMinor: 12000, deadline: '2026-11-30T23:59:59.999Z' },
  { text: 'running shoes 43, not Nike or Adidas, max 130 euros', category: 'running-shoes', hard: [size(43), notMakers('Nike', 'Adidas')], budgetMinor: 13000 },
  // Sizes.
  { text: 'road running shoes US 9, under $120', category: 'running-shoes', hard: [size(42.5), eq('terrain', 'road')], budgetMinor: 12000, currency: 'USD' },
  { text: 'sneakers size 42 2/3 for the track', category: 'running-shoes', hard: [size(42.67), eq('terrain', 'track')] },
  { text: "women's running shoes size 38.5, wide fit", category: 'running-shoes', hard: [size(38.5), { attribute: 'gender', op: 'in', value: ['women', 'unisex'] }, eq('width', 'wide')] },
  { text: 'trail shoes size 43 or 44', category: 'running-shoes', hard: [{ attribute: 'size_eu', op: 'in', value: [43, 44] }, eq('terrain', 'trail')] },
  // Quantities.
  { text: '2 pairs of running shoes size 44, 80 each', category: 'running-shoes', hard: [size(44)], quantity: 2, budgetMinor: 16000 },
  { text: 'two bags of coffee beans, dark roast', category: 'coffee', hard: [eq('form', 'beans'), eq('roast', 'dark')], quantity: 2 },
  { text: '2 x 250g ground coffee for espresso', category: 'coffee', hard: [eq('form', 'ground'), { attribute: 'use', op: 'in', value: ['espresso', 'both'] }], soft: [{ attribute: 'weight_g', direction: 'equals', value: 250 }], quantity: 2 },
  { text: 'coffee capsules x3 within 3 days', category: 'coffee', hard: [eq('form', 'capsules')], quantity: 3, deadline: '2026-11-26T23:59:59.999Z' },
  { text: 'a pair of trail shoes size 42', category: 'running-shoes', hard: [size(42), eq('terrain', 'trail')], quantity: 1 },
  { text: '100% arabica beans, 2 packs, by tomorrow', category: 'coffee', hard: [{ attribute: 'arabica_percent', op: 'gte', value: 100 }, eq('form', 'beans')], quantity: 2, deadline: '2026-11-24T23:59:59.999Z' },
  // Firm vs soft, vague wishes.
  { text: 'light running shoes 42, cheap', category: 'running-shoes', hard: [size(42)], soft: [{ attribute: 'weight_g', direction: 'lower', weight: 0.5 }, { attribute: 'price', direction: 'lower', weight: 0.6 }] },
  { text: 'comfortable running shoes size 41, ideally waterproof', category: 'running-shoes', hard: [size(41)], soft: [{ attribute: 'cushioning', direction: 'equals', value: 'plush' }, { attribute: 'waterproof', direction: 'equals', value: true, weight: 0.7 }] },
  { text: 'must be waterproof: trail shoes size 45, prefer light', category: 'running-shoes', hard: [size(45), eq('waterproof', true), eq('terrain', 'trail')], soft: [{ attribute: 'weight_g', direction: 'lower' }] },
  { text: 'headphones ideally noise cancelling, max 300, by the weekend', category: 'headphones', hard: [], soft: [{ attribute: 'noise_cancelling', direction: 'equals', value: true, weight: 0.7 }], budgetMinor: 30000, deadline: '2026-11-28T23:59:59.999Z' },
  { text: 'decaf coffee beans 1 kg, fair trade, ideally organic, max 25€', category: 'coffee', hard: [eq('decaf', true), eq('form', 'beans'), eq('fair_trade', true)], soft: [{ attribute: 'organic', direction: 'equals', value: true }, { attribute: 'weight_g', direction: 'equals', value: 1000 }], budgetMinor: 2500 },
  { text: 'shoes size 43 recycled, not too expensive, in 2 weeks', category: 'running-shoes', hard: [size(43), eq('recycled_materials', true)], soft: [{ attribute: 'price', direction: 'lower' }], deadline: '2026-12-07T23:59:59.999Z' },
  { text: 'trail shoes size 43, ideally under 120, max 150', category: 'running-shoes', hard: [size(43), eq('terrain', 'trail')], soft: [{ attribute: 'price', direction: 'lower', value: 12000 }], budgetMinor: 15000 },
  // Negation and features.
  { text: 'headphones without noise cancelling, wired, under 50', category: 'headphones', hard: [eq('noise_cancelling', false), eq('wireless', false)], budgetMinor: 5000 },
  { text: 'organic coffee, no capsules, before next week', category: 'coffee', hard: [eq('organic', true), { attribute: 'form', op: 'neq', value: 'capsules' }], deadline: '2026-11-30T00:00:00.000Z' },
  { text: 'zero drop trail shoes size 42', category: 'running-shoes', hard: [size(42), eq('drop_mm', 0), eq('terrain', 'trail')] },
  { text: 'headphones, LDAC, 30 hours battery, not Sony', category: 'headphones', hard: [{ attribute: 'battery_hours', op: 'gte', value: 30 }, eq('codec_ldac', true), notMakers('Sony')] },
  { text: 'earbuds for the gym, sweatproof, under 60', category: 'headphones', hard: [eq('form', 'in-ear'), { attribute: 'water_resistance', op: 'in', value: ['IPX4', 'IPX5', 'IPX7'] }], budgetMinor: 6000 },
  { text: 'coffee beans from Ethiopia, light roast, 500g', category: 'coffee', hard: [eq('form', 'beans'), eq('origin', 'Ethiopia'), eq('roast', 'light')], soft: [{ attribute: 'weight_g', direction: 'equals', value: 500 }] },
  { text: 'running shoes 44, no Nike, no Hoka, no Brooks', category: 'running-shoes', hard: [size(44), notMakers('Nike', 'Hoka', 'Brooks')] },
  { text: 'trail shoes size 43 not from Pushy Sports', category: 'running-shoes', hard: [size(43), eq('terrain', 'trail'), notMakers('Pushy Sports')] },
  { text: 'noise cancelling headphones, Sony or Bose only', category: 'headphones', hard: [eq('noise_cancelling', true), { attribute: 'maker', op: 'in', value: ['Sony', 'Bose'] }] },
  { text: 'running shoes size 43, preferably Hoka or Brooks', category: 'running-shoes', hard: [size(43)], soft: [{ attribute: 'maker', direction: 'equals', value: 'Hoka' }, { attribute: 'maker', direction: 'equals', value: 'Brooks' }] },
  { text: 'shoes 42 but nothing from Nike please', category: 'running-shoes', hard: [size(42), notMakers('Nike')] },
  { text: 'Bose or Sennheiser over-ear headphones, black, up to 350 dollars', category: 'headphones', hard: [eq('form', 'over-ear'), { attribute: 'maker', op: 'in', value: ['Bose', 'Sennheiser'] }], soft: [{ attribute: 'color', direction: 'equals', value: 'black' }], budgetMinor: 35000, currency: 'USD' },
  { text: 'je cherche un casque bluetooth pas trop cher', category: 'headphones', hard: [eq('wireless', true)], soft: [{ attribute: 'price', direction: 'lower' }] },
  { text: 'i need size 10 running shoes', category: 'running-shoes', hard: [size(44)] },
  { text: 'headphones for my commute, under 200', category: 'headphones', hard: [], soft: [{ attribute: 'noise_cancelling', direction: 'equals', value: true, weight: 0.5 }], budgetMinor: 20000 },
  { text: 'running shoes size 42 no more than 300g per shoe', category: 'running-shoes', hard: [size(42), { attribute: 'weight_g', op: 'lte', value: 300 }] },
  { text: 'shoes 43 for less than 100', category: 'running-shoes', hard: [size(43)], budgetMinor: 10000 },
  // Deadlines.
  { text: 'shoes 43 by 24/12', category: 'running-shoes', hard: [size(43)], deadline: '2026-12-24T23:59:59.999Z' },
  { text: 'trail runners size 44 by December 24th', category: 'running-shoes', hard: [size(44), eq('terrain', 'trail')], deadline: '2026-12-24T23:59:59.999Z' },
  { text: 'running shoes size 43 before 2026-12-24', category: 'running-shoes', hard: [size(43)], deadline: '2026-12-24T00:00:00.000Z' },
  { text: 'earbuds within 48h', category: 'headphones', hard: [eq('form', 'in-ear')], deadline: '2026-11-25T10:00:00.000Z' },
  { text: 'coffee beans, need them tomorrow', category: 'coffee', hard: [eq('form', 'beans')], deadline: '2026-11-24T23:59:59.999Z' },
];

function sortRules<T>(rules: readonly T[]): string[] {
  return rules.map((r) => JSON.stringify(r, Object.keys(r as object).sort())).sort();
}

describe('deterministic need engine: realistic requests', () => {
  it('covers at least 40 phrasings', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('$text', (row) => {
    const result = understandNeedText(row.text, { now: NOW, defaultCurrency: 'EUR' });
    expect(result.kind, JSON.stringify(result)).toBe('need');
    if (result.kind !== 'need') return;
    const { need } = result;
    expect(NeedSchema.safeParse(need).success).toBe(true);
    expect(need.category).toBe(row.category);
    expect(sortRules(need.hardConstraints)).toEqual(sortRules(row.hard));
    for (const wanted of row.soft ?? []) {
      const found = need.softPreferences.find((p) => p.attribute === wanted.attribute && p.direction === wanted.direction && p.value === wanted.value);
      expect(found, `${JSON.stringify(wanted)} in ${JSON.stringify(need.softPreferences)}`).toBeDefined();
      if (wanted.weight !== undefined) expect(found!.weight).toBeCloseTo(wanted.weight, 5);
    }
    expect(need.budget?.amountMinor).toBe(row.budgetMinor);
    if (row.currency !== undefined) expect(need.currency).toBe(row.currency);
    if (need.budget) expect(need.budget.currency).toBe(need.currency);
    expect(need.deadline).toBe(row.deadline);
    if (row.quantity !== undefined) expect(need.quantity).toBe(row.quantity);
    expect(need.text).toBe(row.text);
  });

  it('lists the defaults it applied', () => {
    const result = understandNeedText('noise cancelling headphones, max 200', { now: NOW, defaultCurrency: 'EUR' });
    expect(result.kind).toBe('need');
    if (result.kind !== 'need') return;
    expect(result.assumptions).toContain('currency: EUR (your default; none given)');
    expect(result.assumptions).toContain('quantity: 1 (none given)');
    expect(result.notUnderstood).toEqual([]);
  });

  it('uses the context default currency when none is named, and the named one otherwise', () => {
    const usd = understandNeedText('headphones under 100', { now: NOW, defaultCurrency: 'USD' });
    expect(usd.kind === 'need' && usd.need.budget).toEqual({ amountMinor: 10000, currency: 'USD' });
    const eur = understandNeedText('headphones under 100 euros', { now: NOW, defaultCurrency: 'USD' });
    expect(eur.kind === 'need' && eur.need.currency).toBe('EUR');
    const yen = understandNeedText('headphones under 20000 yen', { now: NOW, defaultCurrency: 'EUR' });
    expect(yen.kind === 'need' && yen.need.budget).toEqual({ amountMinor: 20000, currency: 'JPY' });
  });
});
