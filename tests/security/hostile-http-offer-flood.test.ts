// Red team 32: round 31's offer flood for the exploration slot, tested in-process then, replayed over real Streamable
// HTTP through the app's own wiring. Two newcomers are tenants of one server: Fresh (/fresh/mcp) sends one offer of
// the trail shoes, Flood (sly-shoes, /mcp) three offers as good; Trailco and Known (/known/mcp), whose deliveries the
// person's record holds, fill the places shown. The brand's honesty is drawn once per request, its offers sharing the
// draw, whatever transport brought them: a confirmation test (passes on main; with round 31's per-offer draw put back,
// Flood takes the slot more often than Fresh and the first test fails). What HTTP adds got through: one party under
// three names the app links as one (three tenants naming the domain they are served from) drew its one unknown once
// per name; the draw is now shared by every name the record joins (`pickDivergent`, keyed by party).
import { describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import type { Offer } from '../../protocol/index.ts';
import type { HostileScript } from './hostile-http-brand.ts';
import { HOUR, coreOffers, openMarket, tenantHello } from './http-market.ts';

/** Tenants by path: /fresh, /known, Flood's further names /sly-two and /sly-three, and sly-shoes on /mcp. */
const tenantOf = (path: string) => /^\/(fresh|known|sly-two|sly-three)\//.exec(path)?.[1] ?? 'sly-shoes';
const isFlood = (brandId: string) => brandId.startsWith('sly-');

/**
 * Shops `requests` times (exploring every time) with Flood sending `floodOffers` offers under each of its `floodNames`
 * (1 to 3), every Flood card naming the server's host as its domain when `sameDomain` (the app links them as one
 * party); counts whom the exploration slot surfaced.
 */
async function explorationPicks(requests: number, floodOffers: number, floodNames = 1, sameDomain = false) {
  const names = ['sly-two', 'sly-three'].slice(0, floodNames - 1);
  const script: HostileScript = {
    hello: async (args, core, request) => {
      const answer = await tenantHello(tenantOf)(args, core, request);
      if (!('value' in answer) || !sameDomain || !isFlood(tenantOf(request.path))) return answer;
      const value = answer.value as { card: object };
      return { value: { ...value, card: { ...value.card, domain: '127.0.0.1' } } };
    },
    request_offers: async (args, core, { path }) => {
      const value = await coreOffers(args, core);
      const tenant = tenantOf(path);
      const copies = tenant === 'fresh' ? 1 : tenant === 'known' ? 3 : floodOffers;
      const price = { amountMinor: tenant === 'known' ? 13_000 : 15_000, currency: 'EUR' };
      const offers = value.offers.slice(0, 1).flatMap((o) => Array.from({ length: copies }, (_, i): Offer => ({ ...o, brandId: tenant, offerId: `${tenant}-${i + 1}`, price })));
      return { value: { ...value, offers } };
    },
    counter_offer: () => ({ toolError: 'no haggling' }),
  };
  const m = await openMarket({
    script,
    seed: 7,
    // A fixed install secret: the per-brand request ids derive from it, so the counts below are the same on every run.
    installSecret: 'hostile-http-offer-flood-test-secret',
    alsoAt: ['fresh', 'known', ...names].map((id) => ({ id, url: (url: string) => url.replace(/\/mcp$/, `/${id}/mcp`) })),
    prepare: (db, at) => {
      // Three deliveries as described by each known seller, the last a day ago: a record the person holds.
      const ledger = new TrustLedger(db, { clock: () => at.getTime() });
      for (const brandId of ['trailco', 'known']) {
        ledger.registerBrand({ brandId, registeredAtMs: at.getTime() - 10 * 24 * HOUR });
        ledger.appendMany([3, 2, 1].map((daysAgo) => ({ kind: 'order-outcome', brandId, occurredAt: new Date(at.getTime() - daysAgo * 24 * HOUR).toISOString(), evidence: { orderId: `${brandId}-order-${daysAgo}`, outcome: 'as-described', satisfied: true, stake: { amountMinor: 10_000, currency: 'EUR' } } })));
      }
    },
  });
  m.session.butler.saveProfile({ ...m.session.butler.profile(), explorationAppetite: 1 });
  const picks = { fresh: 0, flood: 0, other: 0 };
  for (let i = 0; i < requests; i++) {
    const { divergent } = await m.shop();
    m.advance(HOUR);
    if (divergent.kind !== 'picked') continue;
    const brand = divergent.offer.brandId;
    if (brand === 'fresh') picks.fresh += 1;
    else if (isFlood(brand)) picks.flood += 1;
    else picks.other += 1;
  }
  return picks;
}

describe('over HTTP, the exploration slot draws a brand’s honesty once, however many offers it sends', () => {
  it('a newcomer sending three offers takes the slot no more often than one sending one as good', async () => {
    const picks = await explorationPicks(60, 3);
    // The two newcomers are the same unknown to the butler (Fresh 22, Flood 12 with this secret and seed).
    expect(picks.fresh + picks.flood).toBeGreaterThan(15);
    expect(picks.flood).toBeLessThan(1.5 * picks.fresh);
  }, 120_000);

  it('honest case: with one offer each, both newcomers are explored', async () => {
    const single = await explorationPicks(60, 1);
    expect(single.fresh).toBeGreaterThan(5);
    expect(single.flood).toBeGreaterThan(5);
  }, 120_000);

  // Round 32: one party under three names the app links (three tenants naming the domain they are served from), one
  // offer under each, got three draws of its one unknown, as three offers under one name did in round 31.
  it('(fixed) one offer under each of three names linked as one party takes the slot no more often than Fresh', async () => {
    const picks = await explorationPicks(60, 1, 3, true);
    // On main (with the linking fix of this round): Fresh 8, Flood 36.
    expect(picks.fresh + picks.flood).toBeGreaterThan(15);
    expect(picks.flood).toBeLessThan(1.5 * picks.fresh);
  }, 120_000);

  it('honest case: three unlinked newcomers are three unknowns, each explored about as often as Fresh', async () => {
    const picks = await explorationPicks(60, 1, 3, false);
    expect(picks.fresh).toBeGreaterThan(5);
    expect(picks.flood).toBeGreaterThan(2 * picks.fresh);
  }, 120_000);
});
