// Red team 29 over real Streamable HTTP, the market cross-check: a seller with a clean record (one honest sale) that
// competes for the sale sends, beside its real offer, "decoys" of an honest rival's shoes stating them heavier. Since
// round 5 a decoy missing the need's hard constraints says nothing; but the cross-check read "could be bought" as the
// category and the hard constraints alone, while the ranking and the purchase also refuse an offer that has expired,
// costs more than the budget, or misses the deadline: a decoy meeting the constraints but expired (or priced above the
// budget) could never be bought, so never held to what it says, and still disputed the rival's true weight.
import { describe, expect, it } from 'vitest';
import { disputed, establishedSly, expectUndisputed, expectWeightDisputed, withHeavierCopies } from './dissent-market.ts';
import { HOUR } from './http-market.ts';

describe('decoys of a rival’s products that meet the constraints but can never be bought', () => {
  it('(fixed) an expired copy stating the rival’s shoe heavier does not dispute the rival’s weight', async () => {
    const { m, rivals, shop } = await establishedSly();
    const before = await shop();
    expect(disputed(before)).toEqual([]);
    withHeavierCopies(m, rivals, (o) => ({ ...o, validUntil: new Date(m.now().getTime() - 60_000).toISOString() }));
    m.advance(HOUR);
    const after = await shop();
    // The copies meet every constraint but expired before they were scored: the purchase would refuse them…
    const excluded = after.ranking.excluded.filter((x) => x.brandId === 'sly-shoes').flatMap((x) => x.reasons.map((r) => r.code));
    expect(excluded).toContain('expired');
    // …so they say nothing against Trailco's statements (on main: weight_g disputed, credibility 0.800 → lower).
    expectUndisputed(before, after);
  }, 60_000);

  it('(fixed) a copy priced above the person’s budget does not dispute it either', async () => {
    const { m, rivals, shop } = await establishedSly(' under 200 euros');
    const before = await shop();
    expect(disputed(before)).toEqual([]);
    withHeavierCopies(m, rivals, (o) => ({ ...o, price: { amountMinor: 99_900, currency: 'EUR' } }));
    m.advance(HOUR);
    const after = await shop();
    expect(after.ranking.excluded.filter((x) => x.brandId === 'sly-shoes').flatMap((x) => x.reasons.map((r) => r.code))).toContain('over-budget');
    expectUndisputed(before, after);
  }, 60_000);

  it('honest case: the same statement in copies the person could buy still disputes the rival’s weight (its seller is held to it)', async () => {
    const { m, rivals, shop } = await establishedSly();
    const before = await shop();
    withHeavierCopies(m, rivals, (o) => o);
    m.advance(HOUR);
    const after = await shop();
    expectWeightDisputed(before, after);
  }, 60_000);
});
