// Red team over real Streamable HTTP, skewed clocks. A brand's clock may be off, by accident or on purpose: its receipts
// dated years ahead or back, its offers already past their validUntil when they arrive, its mandate check running
// ahead of the butler's. The butler reads every time on its own clock: a receipt's placedAt decides nothing (the order
// is placed when the butler placed it, and counts in the butler's month), an offer expired on arrival is excluded as
// 'expired' (typed, no finding recorded against the brand), and a brand refusing a live mandate as expired is a typed
// refusal. On main an offer expired on arrival was also recorded as a 'short-validity' pressure tactic (confidence 1,
// 'the offer had already expired when it arrived'): an honest brand a day behind was put on record for pressing the
// person with offers no one could order. The other cases neither crashed nor convicted anyone on main: pinned here.
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import type { HostileCore } from './hostile-http-brand.ts';
import { HOUR, acceptingAnyOrder, openMarket, rewriting, slyRanked } from './http-market.ts';

const YEAR = 365 * 24 * HOUR;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
/** The kinds of events that speak against a brand. */
const AGAINST = new Set(['claim-contradicted', 'pressure-tactic', 'bait-and-switch', 'order-refused', 'protocol-violation']);

describe('a brand whose clock is skewed', () => {
  for (const [name, skew] of [['ten years ahead', 10 * YEAR], ['thirty years back', -30 * YEAR]] as const) {
    it(`a receipt dated ${name} is taken on the butler's clock: the order is placed now and counts in this month`, async () => {
      // Its receipts match the offers it sent, but for their date (the date is no part of the terms hash).
      const sent = new Map<string, Offer>();
      const m = await openMarket({
        script: {
          request_offers: rewriting((o) => (sent.set(o.offerId, o), o)),
          counter_offer: () => ({ toolError: 'no haggling' }),
          place_order: (args) => {
            const answer = acceptingAnyOrder(sent)(args);
            return 'value' in answer ? { value: { ...(answer.value as Record<string, unknown>), placedAt: shift((answer.value as { placedAt: string }).placedAt, skew) } } : answer;
          },
        },
      });
      const best = slyRanked(await m.shop())[0]!;
      const result = await m.buy(best.offer.offerId);
      expect(result.kind === 'failed' ? result.error : result.kind).toBe('purchased');
      if (result.kind !== 'purchased') return;
      expect(result.order.placedAt).toBe(m.now().toISOString());
      const month = m.session.butler.orders().filter((o) => o.placedAt.slice(0, 7) === m.now().toISOString().slice(0, 7));
      expect(month.map((o) => o.orderId)).toContain(result.order.orderId);
      expect(m.events('sly-shoes').filter((e) => AGAINST.has(e.kind))).toEqual([]);
    });
  }

  it("(fixed) offers already expired on arrival (a clock a day behind) are excluded as expired, not recorded as a pressure tactic of the brand's", async () => {
    const late = (o: Offer): Offer => ({ ...o, validUntil: shift(o.validUntil, -25 * HOUR) });
    const m = await openMarket({
      script: {
        request_offers: rewriting(late),
        counter_offer: async (args: Record<string, unknown>, core: HostileCore) => {
          const outcome = await core.call('counter_offer', args);
          if (!outcome.ok) return { toolError: outcome.error.message, code: outcome.error.code };
          const value = outcome.value as { offer?: Offer };
          return { value: value.offer ? { ...value, offer: late(value.offer) } : value };
        },
      },
    });
    const result = await m.shop();
    expect(slyRanked(result)).toEqual([]);
    const excluded = result.ranking.excluded.filter((x) => x.offer.brandId === 'sly-shoes');
    expect(excluded.length).toBeGreaterThan(0);
    expect(result.ranking.ranked.some((x) => x.brandId === 'trailco')).toBe(true);
    expect(m.events('sly-shoes').filter((e) => AGAINST.has(e.kind))).toEqual([]);
  });

  it('a brand whose clock runs an hour ahead refuses the live mandate as expired: a typed refusal, no order', async () => {
    const m = await openMarket({ script: { place_order: () => ({ toolError: 'the mandate expired', code: 'MANDATE_EXPIRED' }) } });
    const best = slyRanked(await m.shop())[0]!;
    const result = await m.buy(best.offer.offerId);
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.error.code).toBe('MANDATE_EXPIRED');
    expect(m.session.butler.orders().filter((o) => o.status === 'placed')).toEqual([]);
  });
});
