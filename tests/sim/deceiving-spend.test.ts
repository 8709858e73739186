import { describe, expect, it } from 'vitest';
import { isDeceiving, isDefecting } from '../../sim/market/defection.ts';
import type { BrandSlot } from '../../sim/market/build-market.ts';
import type { StrategyId } from '../../brand-agent/reference/index.ts';

const DAY = 86_400_000;
const deal = { category: 'coffee', quantity: 1 };
const start = '2026-01-01T00:00:00.000Z';
const slot = (strategy: StrategyId, params: Record<string, unknown> = {}): BrandSlot =>
  ({ slot: 0, baseId: 'b', name: 'B', domain: 'b.example', strategy, params, categories: ['coffee'], skuPrefix: 'B', catalog: [], focal: false }) as unknown as BrandSlot;

describe('"while they deceive" counts every brand that is deceiving at the time of the sale', () => {
  const honestWindow = new Date(Date.parse(start) + 1 * DAY);
  const cheatWindow = new Date(Date.parse(start) + 12 * DAY);
  const onOff = slot('on-off', { cycleStart: start, honestDays: 10, cheatDays: 5 });

  it('brands that lie about goods or receipts all the time deceive at every sale, not only defectors', () => {
    for (const strategy of ['deceptive', 'bait-and-switch', 'whitewasher'] as const) {
      expect(isDeceiving(slot(strategy), honestWindow, deal)).toBe(true);
    }
    // A deceptive brand is not a defector, but its sales are money paid while it deceives.
    expect(isDefecting(slot('deceptive'), honestWindow)).toBe(false);
  });

  it('an on-off brand deceives only inside its cheating window; honest, decliner, pushy and injecting brands never', () => {
    expect(isDeceiving(onOff, honestWindow, deal)).toBe(false);
    expect(isDeceiving(onOff, cheatWindow, deal)).toBe(true);
    for (const strategy of ['honest', 'honest-decliner', 'pushy', 'prompt-injector'] as const) {
      expect(isDeceiving(slot(strategy), cheatWindow, deal)).toBe(false);
    }
  });
});
