import { describe, expect, it } from 'vitest';
import { describeNeed, understandNeedText } from '../../agent/need/index.ts';
import type { Need } from '../../agent/need/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');

function needOf(text: string): Need {
  const result = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });
  if (result.kind !== 'need') throw new Error(`expected a need for ${text}: ${JSON.stringify(result)}`);
  return result.need;
}

describe('describeNeed', () => {
  it.each([
    ['waterproof trail shoes size 43 under 150 euros', 'Trail running shoes, EU 43, waterproof, under 150.00 EUR'],
    ['noise cancelling headphones, not Sony, max 200', 'Headphones, noise cancelling, not Sony, under 200.00 EUR'],
    ['1kg of organic espresso beans delivered by Friday', 'Coffee beans, organic, for espresso, by Fri 27 Nov 2026, ideally 1 kg packs'],
    ['headphones under 100 but not Apple or Beats', 'Headphones, not Apple or Beats, under 100.00 EUR'],
    ['wireless earbuds with at least 8h battery', 'In-ear headphones, at least 8 h battery, wireless'],
    ['2 pairs of road running shoes size 44, 80 each', '2 × Road running shoes, EU 44, under 160.00 EUR'],
    ['light running shoes 42, cheap', 'Running shoes, EU 42, ideally cheap and light'],
    ['coffee beans before 2026-12-24', 'Coffee beans, before Thu 24 Dec 2026'],
    ['headphones under 20000 yen', 'Headphones, under 20000 JPY'],
    ['earbuds within 48h', 'In-ear headphones, by 2026-11-25 10:00 UTC'],
  ])('%s → %s', (text, summary) => {
    expect(describeNeed(needOf(text))).toBe(summary);
  });

  it('describes needs written by hand, including attributes it has no wording for', () => {
    const need: Need = {
      category: 'headphones',
      hardConstraints: [
        { attribute: 'form', op: 'in', value: ['over-ear', 'on-ear'] },
        { attribute: 'impedance_ohm', op: 'lte', value: 32 },
      ],
      softPreferences: [{ attribute: 'price', direction: 'lower', value: 9000, weight: 0.7 }],
      quantity: 1,
      currency: 'EUR',
      text: 'hand-written',
    };
    // `impedance_ohm` is no attribute of Majordome's vocabulary: only a brand could have declared it, so it is quoted as
    // the brand's word.
    expect(describeNeed(need)).toBe('Headphones, form: over-ear or on-ear, “impedance ohm” (brand\'s word) at most 32, ideally under 90.00 EUR');
  });

  it('names a Google taxonomy category by its label and words generic attributes plainly', () => {
    const need: Need = {
      category: '619',
      hardConstraints: [
        { attribute: 'cordless', op: 'eq', value: true },
        { attribute: 'color', op: 'in', value: ['red', 'rouge'] },
      ],
      softPreferences: [{ attribute: 'noise_db', direction: 'lower', weight: 0.7 }],
      quantity: 1,
      budget: { amountMinor: 20000, currency: 'EUR' },
      currency: 'EUR',
      text: 'un aspirateur sans fil rouge silencieux à moins de 200 €',
    };
    expect(describeNeed(need)).toBe('Vacuums, cordless, color red, under 200.00 EUR, ideally lower noise db');
  });
});
