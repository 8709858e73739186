import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('number tokens: grouped thousands, signs, inch marks', () => {
  it('reads thousands grouped with spaces as one number ("1 200 €", "5 000 mAh"), but "2 250g" stays two 250 g packs', () => {
    expect(need('55" OLED TV with HDMI 2.1, under 1 200 €').budget).toEqual({ amountMinor: 120000, currency: 'EUR' });
    expect(need('smartphone android 5G avec une batterie de 5 000 mAh').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'battery_mah', value: 5000 }));
    const coffee = need('2 250g bags of decaf coffee');
    expect(coffee.quantity).toBe(2);
    expect(coffee.budget).toBeUndefined();
  });

  it('keeps the sign of a negative measure ("-5°C") and reads an inch mark after a number (55")', () => {
    expect(need('down sleeping bag, comfort -5°C, mummy shape').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'comfort_temp_c', value: -5 }));
    expect(need('55" OLED TV with HDMI 2.1').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'screen_in', value: 55 }));
    expect(need('headphones between 100-150 euros').budget).toEqual({ amountMinor: 15000, currency: 'EUR' });
  });
});
