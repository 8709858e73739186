import { describe, expect, it } from 'vitest';
import { describeSold, understandNeedText, type Understanding } from '../../agent/need/index.ts';
import { OPEN_MARKET } from './fixtures/open-market-cards.ts';

// Issue 10: "I can only shop for running shoes, headphones or coffee so far" is false once the connected brands sell
// other categories. A request the butler cannot place names what the market actually sells.
// Keyboard mash ("zzzz qqqq") is asked about since reqfix37b (nothing in it is a word: `reason: 'not-understood'`), no
// longer refused; the question names what is sold as the refusal did.
const context = { now: new Date('2026-11-20T10:00:00Z'), defaultCurrency: 'EUR' };

/** What the butler says back: the refusal's message or the question asked. */
function said(u: Understanding): string {
  if (u.kind === 'need') throw new Error('expected a refusal or a question, got a need');
  return u.kind === 'unsupported' ? u.message : u.question;
}

describe('a request the butler cannot place', () => {
  it('is refused, or asked about, with what the connected brands sell, in English and French', () => {
    const sold = describeSold(OPEN_MARKET);
    expect(OPEN_MARKET.categories.length).toBeGreaterThan(3);
    const refusal = understandNeedText('zzzz qqqq', { ...context, market: OPEN_MARKET });
    expect(refusal.kind === 'clarify' && refusal.reason).toBe('not-understood');
    expect(said(refusal)).toContain(sold);
    const french = understandNeedText('ééé àààà', { ...context, market: OPEN_MARKET });
    expect(said(french)).toContain(describeSold(OPEN_MARKET, 'fr'));
    // A product no connected brand sells is still refused, naming what they sell.
    const unsold = understandNeedText('a trampoline for the garden', { ...context, market: OPEN_MARKET });
    expect(unsold.kind).toBe('unsupported');
    expect(said(unsold)).toContain(sold);
  });

  it('without a market, still names the built-in categories', () => {
    expect(said(understandNeedText('zzzz qqqq', context))).toMatch(/running shoes, headphones or coffee/);
  });
});
