import { describe, expect, it } from 'vitest';
import { describeSold, understandNeedText } from '../../agent/need/index.ts';
import { OPEN_MARKET } from './fixtures/open-market-cards.ts';

// Issue 10: "I can only shop for running shoes, headphones or coffee so far" is false once the connected brands sell
// other categories. A request the butler cannot place names what the market actually sells.
const context = { now: new Date('2026-11-20T10:00:00Z'), defaultCurrency: 'EUR' };

describe('a request the butler cannot place', () => {
  it('is refused, or asked about, with what the connected brands sell, in English and French', () => {
    const sold = describeSold(OPEN_MARKET);
    expect(OPEN_MARKET.categories.length).toBeGreaterThan(3);
    const refusal = understandNeedText('zzzz qqqq', { ...context, market: OPEN_MARKET });
    expect(refusal.kind).toBe('unsupported');
    if (refusal.kind === 'unsupported') expect(refusal.message).toContain(sold);
    const french = understandNeedText('ééé àààà', { ...context, market: OPEN_MARKET });
    if (french.kind !== 'unsupported') throw new Error(`expected a refusal, got ${french.kind}`);
    expect(french.message).toContain(describeSold(OPEN_MARKET, 'fr'));
  });

  it('without a market, still names the built-in categories', () => {
    const refusal = understandNeedText('zzzz qqqq', context);
    if (refusal.kind !== 'unsupported') throw new Error(`expected a refusal, got ${refusal.kind}`);
    expect(refusal.message).toMatch(/running shoes, headphones or coffee/);
  });
});
