// Red team 3 over real Streamable HTTP: two brands on one shared host (a multi-tenant MCP gateway serving each tenant
// under its own path, as hosting platforms do). The liar is one tenant; the honest competitor is another.
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import type { HostileScript } from './hostile-http-brand.ts';
import { HOUR, coreOffers, openMarket, tenantHello } from './http-market.ts';

/** The gateway: `/mcp` is the tenant `sly-shoes`, which lies about weight; `/outlet/mcp` is the tenant `fair-outlet`, which never lies. */
const tenantOf = (path: string) => (path === '/mcp' ? 'sly-shoes' : 'fair-outlet');
const gateway: HostileScript = {
  hello: tenantHello(tenantOf),
  request_offers: async (args, core, { path }) => {
    const value = await coreOffers(args, core);
    const tenant = tenantOf(path);
    const offers = value.offers.map((o): Offer => ({ ...o, brandId: tenant, ...(tenant === 'sly-shoes' ? { claims: [...o.claims, { attribute: 'weight_g', asserted: 150 }] } : {}) }));
    return { value: { ...value, offers } };
  },
  counter_offer: () => ({ toolError: 'no haggling' }),
};

describe('a liar hosted on the same server as an honest brand', () => {
  it('does not put its lies on the honest tenant’s record: the honest tenant stays recommendable and ranked', async () => {
    const m = await openMarket({ script: gateway, alsoAt: [{ id: 'fair-outlet', url: (url) => url.replace(/\/mcp$/, '/outlet/mcp') }] });
    for (let i = 0; i < 4; i++) {
      await m.shop();
      m.advance(HOUR);
    }
    const liar = m.session.trust.scoreOf('sly-shoes', m.now().getTime());
    expect(liar.claimsFailed).toBeGreaterThan(1);
    expect(liar.estimatedHonesty).toBeLessThan(0.5);
    // The honest tenant said nothing false: nothing false is on its record, and its offers are still ranked.
    expect(m.events('fair-outlet').some((e) => e.kind === 'claim-contradicted' || e.kind === 'protocol-violation')).toBe(false);
    const fair = m.session.trust.scoreOf('fair-outlet', m.now().getTime());
    expect(fair.claimsFailed).toBe(0);
    const last = await m.shop();
    expect(last.ranking.ranked.some((x) => x.brandId === 'fair-outlet')).toBe(true);
    expect(last.ranking.excluded.filter((x) => x.brandId === 'fair-outlet').flatMap((x) => x.reasons.map((r) => r.code))).not.toContain('below-honesty-floor');
  });
});
