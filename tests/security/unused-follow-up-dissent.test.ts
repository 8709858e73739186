// Red team 30 over real Streamable HTTP, the market cross-check and the "anything cheaper?" round: with a budget the
// brands were not told, the butler asks every brand once more for its cheapest fitting options, and uses those answers
// only when the first round left nothing for the person. An established seller (one honest sale) answered the first
// round honestly and the follow-up with copies of an honest rival's shoes stating them 150 g heavier. The follow-up was
// not used (the rival's shoes fit the budget), so the copies were never ranked nor could be bought, and their seller
// was never held to them; yet they sat in the market the cross-check reads, as offers "the person could buy", and
// disputed the rival's true weight.
import { describe, expect, it } from 'vitest';
import { disputed, establishedSly, expectUndisputed, expectWeightDisputed, withHeavierCopies } from './dissent-market.ts';
import { HOUR, type Shopped } from './http-market.ts';

const slyOfferIds = (r: Shopped) => [...r.ranking.ranked, ...r.ranking.excluded].filter((x) => x.brandId === 'sly-shoes').map((x) => x.offer.offerId);

/** Whether a brief is the "anything cheaper?" follow-up (its one wish: the lowest price). */
const isFollowUp = (brief: Record<string, unknown>) => Array.isArray(brief.softPreferences) && brief.softPreferences.some((p: { attribute?: string }) => p.attribute === 'price');

describe('copies of a rival’s products sent only in an unused "anything cheaper?" answer', () => {
  it('(fixed) do not dispute the rival’s weight: the person was never offered them', async () => {
    const { m, need, rivals, shop } = await establishedSly(' under 200 euros');
    expect(need.budget?.amountMinor).toBe(20_000);
    const before = await shop();
    expect(disputed(before)).toEqual([]);
    const copies = withHeavierCopies(m, rivals, (o) => o, (brief) => (isFollowUp(brief) ? 'copies' : 'real'));
    m.advance(HOUR);
    const after = await shop();
    // The follow-up was asked and answered with the copies (valid, within the budget), but not used: Trailco's shoes fit it.
    expect(copies.sent).toBeGreaterThan(0);
    expect(slyOfferIds(after).filter((id) => /-d\d+$/.test(id))).toEqual([]);
    // On main: weight_g disputed, Trailco's credibility lower than before.
    expectUndisputed(before, after);
  }, 60_000);

  it('honest case: the same copies in the first answer, which the person could buy, still dispute it (their seller is held to them)', async () => {
    const { m, rivals, shop } = await establishedSly(' under 200 euros');
    const before = await shop();
    withHeavierCopies(m, rivals, (o) => o, (brief) => (isFollowUp(brief) ? 'real' : 'real-and-copies'));
    m.advance(HOUR);
    const after = await shop();
    expectWeightDisputed(before, after);
  }, 60_000);
});
