// Red team 33 over real Streamable HTTP, evidence games: the long con. Sly delivers three single pairs as described
// (each reported so), then is bought four pairs at once (four times its usual stake) and delivers them not as
// described. How much did the honest rounds buy it, how fast is it caught, and is the stake priced?
import { describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { HOUR, openMarket, slyRanked, type Market } from './http-market.ts';

/** Buys Sly's best offer for `need` and reports it (as described, or not waterproof and the need missed). */
async function buyAndReport(m: Market, need: Need, asDescribed: boolean) {
  const offer = slyRanked(await m.session.butler.shop(need))[0]!;
  const bought = await m.buy(offer.offerId);
  if (bought.kind !== 'purchased') throw new Error(`not bought: ${bought.kind}`);
  const report = asDescribed ? { satisfied: true, needMet: true } : { claims: [{ attribute: 'waterproof', held: false }], needMet: false, satisfied: false };
  expect(m.session.butler.reportOutcome(bought.order.orderId, report).kind).toBe('recorded');
  m.advance(24 * HOUR);
  return offer;
}

/** Three honest single pairs, then the lie on `lastNeed`; Sly's standing after it and its next offer for one pair. */
async function longCon(lastNeedText: string | undefined) {
  const m = await openMarket({ installSecret: 'hostile-http-long-con-test-secret' });
  const honest = [];
  for (let i = 0; i < 3; i++) honest.push(await buyAndReport(m, m.need, true));
  let last = m.need;
  if (lastNeedText !== undefined) {
    const understood = await m.session.needEngine.understand(lastNeedText);
    if (understood.kind !== 'need') throw new Error('not understood');
    last = understood.need;
  }
  const lie = await buyAndReport(m, last, false);
  const score = m.session.trust.scoreOf('sly-shoes', m.now().getTime());
  const next = await m.shop();
  return { honest, lie, score, next };
}

describe('honest for three purchases, then one lie on a large one', () => {
  it('the honest rounds buy the large purchase no more belief than a stranger’s, and the lie at four times the stake costs its trust more', async () => {
    const usual = await longCon(undefined);
    const large = await longCon('4 pairs of waterproof trail shoes size 43');
    expect(large.lie.offer.quantity).toBe(4);
    expect(large.lie.offer.price.amountMinor).toBeGreaterThan(3 * usual.lie.offer.price.amountMinor);
    // Held checks are not credit: the first purchase, the fourth and the four-pair one are each believed as a stranger's.
    const believed = [...large.honest, large.lie].map((x) => x.breakdown.claimsHold);
    expect(new Set(believed).size).toBe(1);
    // Caught at the first report: the punitive trust prices the stake (1 + ln(1 + 4) against 1 + ln 2).
    expect(large.score.trust).toBeLessThan(usual.score.trust);
    expect(large.score.claimsFailed).toBeGreaterThan(0);
  });

  // Red team 33 found the calibrated honesty counting one failed delivery as one whatever its stake (0.535 after the
  // 372 EUR lie as after a 93 EUR one), so a seller lying only where much is at stake gained in proportion to the
  // stake for the same cost. The estimate now counts a failed delivery at its stake over the brand's usual stake.
  it('a lie at four times the usual stake lowers the calibrated honesty more than one at the usual stake', async () => {
    const usual = await longCon(undefined);
    const large = await longCon('4 pairs of waterproof trail shoes size 43');
    expect(large.score.estimatedHonesty).toBeLessThan(usual.score.estimatedHonesty);
  });
});
