// Red team (disclosure, round 28): every brief of one request stated the butler's clock to the millisecond (issuedAt),
// and a deadline "within 48h" as that clock plus 48 hours, to the millisecond too. Two brands comparing the briefs they
// received found the pairs with the same instant: one person's request to both (their per-brand buyer ids are there to
// hide it), exactly, even among many people asking in the same second; and the install's clock error, read again on
// every request as the stated instant minus the arrival, is a fingerprint that links its pseudonyms across brands and
// time. A brand needs neither: it answers from its own clock, and a deadline to the minute is a deadline. Briefs now
// state both to the minute (the deadline never later than the person's), so everyone asking in that minute reads alike.
// The mandate that goes with an order stated the moment of consent to the millisecond too (the same fingerprint, to
// the brand sold to): issued at the minute now, valid 15 minutes from it.
import { afterEach, describe, expect, it } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';

const markets: SmallMarket[] = [];
afterEach(async () => {
  for (const m of markets.splice(0)) await m.close();
});

async function personAt(iso: string): Promise<SmallMarket> {
  const now = new Date(iso);
  const clock = () => now;
  const honest = (id: string, sku: string, price: number) =>
    createStrategyBrand({ id, name: id, strategy: 'honest', categories: ['running-shoes'], catalog: [shoeEntry(sku, `${id} trail shoe`, price, { terrain: 'trail', waterproof: true })], clock });
  const m = await openSmallMarket({ brands: [honest('calm-runners', 'calm-ridge-43', 12_900), honest('quiet-trails', 'quiet-ridge-43', 13_900)], clock, profile: { disclosure: 'minimal' } });
  markets.push(m);
  return m;
}

interface SeenBrief {
  readonly issuedAt: string;
  readonly deliverBy?: string;
}

function briefsSeenBy(m: SmallMarket, brandId: string): SeenBrief[] {
  return m.wiretap.outgoing.filter((o) => o.tool === 'request_offers' && o.brandId === brandId).map((o) => JSON.parse(o.json) as SeenBrief);
}

async function ask(m: SmallMarket, text: string) {
  const understood = await m.understand(text);
  if (understood.kind !== 'need') throw new Error('expected a need');
  const result = await m.shop(understood.need);
  return { need: understood.need, result };
}

describe('the time a brief states', () => {
  it('(fixed) is the same for two people asking in the same minute, so brands cannot pair one person\'s briefs by it', async () => {
    const first = await personAt('2026-11-23T10:17:43.217Z');
    const second = await personAt('2026-11-23T10:17:43.950Z');
    for (const m of [first, second]) await ask(m, 'waterproof trail shoes size 43 under 150 euros');
    const stated = (m: SmallMarket, brandId: string) => [...new Set(briefsSeenBy(m, brandId).map((b) => b.issuedAt))];
    // On main: calm-runners read 10:17:43.217 from the first person and 10:17:43.950 from the second, quiet-trails the
    // same two instants: matching them paired each person's two briefs.
    expect(stated(first, 'calm-runners')).toEqual(stated(second, 'calm-runners'));
    expect(stated(first, 'quiet-trails')).toEqual(stated(second, 'quiet-trails'));
    expect(stated(first, 'calm-runners')).toEqual(['2026-11-23T10:17:00.000Z']);
  });

  it('(fixed) states a relative deadline to the minute, never later than the person\'s', async () => {
    const m = await personAt('2026-11-23T10:17:43.217Z');
    const { need } = await ask(m, 'waterproof trail shoes size 43 under 150 euros delivered within 96h');
    expect(need.deadline).toBeDefined();
    const deadlines = [...new Set(briefsSeenBy(m, 'calm-runners').map((b) => b.deliverBy))];
    expect(deadlines).toHaveLength(1);
    const stated = Date.parse(deadlines[0]!);
    expect(stated % 60_000).toBe(0);
    expect(stated).toBeLessThanOrEqual(Date.parse(need.deadline!));
    expect(Date.parse(need.deadline!) - stated).toBeLessThan(60_000);
  });

  it('still lets an honest brand that can deliver in time answer and be ranked', async () => {
    const m = await personAt('2026-11-23T10:17:43.217Z');
    const { result } = await ask(m, 'waterproof trail shoes size 43 under 150 euros delivered within 96h');
    expect(result.ranking.ranked.map((r) => r.brandId).sort()).toEqual(['calm-runners', 'quiet-trails']);
  });

  it('(fixed) a mandate states the minute of consent, and the purchase goes through', async () => {
    const m = await personAt('2026-11-23T10:17:43.217Z');
    const { result } = await ask(m, 'waterproof trail shoes size 43 under 150 euros');
    const best = result.ranking.ranked[0]!;
    const bought = await m.buy({ offerId: best.offerId, confirmedBy: 'person', channel: 'terminal', at: m.clock().toISOString() });
    expect(bought.kind).toBe('purchased');
    const order = JSON.parse(m.wiretap.outgoing.find((o) => o.tool === 'place_order')!.json) as { mandate: { issuedAt: string; expiresAt: string } };
    // On main: issued 10:17:43.217, expiring 10:32:43.217.
    expect(order.mandate).toMatchObject({ issuedAt: '2026-11-23T10:17:00.000Z', expiresAt: '2026-11-23T10:32:00.000Z' });
  });
});
