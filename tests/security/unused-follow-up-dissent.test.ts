// Red team 29 over real Streamable HTTP: the answers to "anything cheaper?" are scored and observed like any (what a
// brand sees must not depend on the budget), but used only when the first round left nothing to buy within the budget;
// otherwise they are never ranked nor kept, so never bought. Sly, with one honest sale on record, answered that follow-up
// with copies of Trailco's shoes stating them 150 g heavier: offers it could never be held to, which still spoke in the
// market cross-check (and the market's scales) against Trailco's true weight.
import { describe, expect, it } from 'vitest';
import { HOUR } from './http-market.ts';
import { disputed, establishedSly, trailcoCredibility, withHeavierCopies } from './established-sly.ts';

describe('copies of a rival’s shoes sent only in an answer the butler does not use', () => {
  it('(fixed) do not dispute the rival’s weight when the first round already fit the budget', async () => {
    const { m, rivals, shop } = await establishedSly(' under 200 euros');
    const before = await shop();
    expect(disputed(before)).toEqual([]);
    expect(before.ranking.ranked.length).toBeGreaterThan(0);
    withHeavierCopies(m, rivals, (o) => o, true);
    m.advance(HOUR);
    const after = await shop();
    // Sly was asked again and sent its copies; Trailco's offers fit the budget, so the follow-up went unused…
    const followUps = m.sly.calls.filter((c) => c.tool === 'request_offers' && String(c.args.requestId).endsWith('.cheaper'));
    expect(followUps.length).toBeGreaterThan(1);
    expect(after.ranking.ranked.some((x) => x.offer.product.sku.startsWith('SLY-D'))).toBe(false);
    // …and its copies say nothing against Trailco (on main: weight_g disputed, its credibility lowered).
    expect(disputed(after)).toEqual([]);
    expect(trailcoCredibility(after)).toEqual(trailcoCredibility(before));
  }, 60_000);

  it('honest case: copies in the first-round answer (buyable, held to them) still dispute it', async () => {
    const { m, rivals, shop } = await establishedSly(' under 200 euros');
    withHeavierCopies(m, rivals, (o) => o);
    m.advance(HOUR);
    expect(disputed(await shop())).toContain('weight_g');
  }, 60_000);
});
