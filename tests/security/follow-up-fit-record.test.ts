// Red team 27: the "anything cheaper?" round and a brand's fit record. The butler asks every brand not told the budget
// for its cheapest fitting options (lowest price as the only wish) whenever the person has a budget, and it scored each
// answer against the person's own wishes and wrote its fit to the brand's record. A brand that answers the question
// it was asked (a cheaper product, less battery) had its fit record lowered for it, one that ignores it did not, and a
// brand that answers with copies of its best fit under new SKUs (never ranked while the first round had something
// within the budget: free) raised its record with each.
import { describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import type { NeedBriefInput, Offer } from '../../protocol/index.ts';
import { catalogOf } from '../butler/harness.ts';
import { butlerBesideTrailco, claimingBattery, clock, eur, need, slyConnection, slyOffer } from './sly-market.ts';

/** Noise cancelling headphones within 400 EUR, the longer the battery the better. */
const battery: Need = { ...need, softPreferences: [{ attribute: 'battery_hours', direction: 'higher', weight: 1 }] };
/** Sly's cheaper product: noise cancelling earbuds, 7.5 h of battery (its headphones have 44). */
const cheap = catalogOf('SLY', [{ product: 'sony-wf-c700n-black', price: 5_000, stock: 9 }])[0]!;

type FollowUp = (brief: NeedBriefInput) => Offer[];

/** Sly's fit record after three daily requests, answering the first brief with its headphones and the follow-up with `followUp`. */
async function slyFitAfter(followUp: FollowUp) {
  const h = await butlerBesideTrailco(
    slyConnection({
      requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: brief.requestId.endsWith('.cheaper') ? followUp(brief) : [slyOffer(`sly-${brief.requestId}`, brief.requestId)] }),
    }),
  );
  try {
    for (let day = 0; day < 3; day++) {
      const result = await h.butler.shop(battery);
      // The first round has something within the budget: the follow-up's offers are never ranked.
      expect(result.ranking.ranked.some((r) => r.brandId === 'sly' && r.offer.product.sku === slyOffer('x', 'x').product.sku)).toBe(true);
      clock.advanceDays(1);
    }
    const score = h.ledger.scoreOf('sly', clock.now().getTime());
    return { fit: score.fit.score, fitEvidence: score.fit.positive + score.fit.negative };
  } finally {
    await h.close();
  }
}

/** The same headphones again (dropped: a product already offered is not offered twice): the brand adds nothing. */
const nothingNew: FollowUp = (brief) => [slyOffer(`again-${brief.requestId}`, brief.requestId)];

describe("the follow-up round does not move a brand's fit record", () => {
  it('(fixed) a brand answering "anything cheaper?" with its cheaper, shorter-battery product keeps the record of one that has nothing cheaper', async () => {
    const answered = await slyFitAfter((brief) => [{ ...slyOffer(`cheap-${brief.requestId}`, brief.requestId), product: cheap.product, price: eur(5_000), terms: cheap.terms }]);
    const silent = await slyFitAfter(nothingNew);
    expect(answered.fit).toBe(silent.fit);
    expect(answered.fitEvidence).toBe(silent.fitEvidence);
  }, 60_000);

  it('(fixed) copies of its best fit under new SKUs in the follow-up earn a brand nothing', async () => {
    const copies = await slyFitAfter((brief) =>
      [1, 2, 3].map((i) => {
        const o = slyOffer(`copy${i}-${brief.requestId}`, brief.requestId);
        return { ...o, product: { ...o.product, sku: `${o.product.sku}-C${i}` } };
      }),
    );
    const silent = await slyFitAfter(nothingNew);
    expect(copies.fitEvidence).toBe(silent.fitEvidence);
    expect(copies.fit).toBe(silent.fit);
  }, 60_000);

  it("a lie in the follow-up is still caught and recorded: only the fit is not read from it", async () => {
    const h = await butlerBesideTrailco(
      slyConnection({
        requestOffers: (brief) => ({
          requestId: brief.requestId,
          outcome: 'offers',
          offers: [brief.requestId.endsWith('.cheaper') ? { ...slyOffer(`lie-${brief.requestId}`, brief.requestId, claimingBattery(80)), product: { ...slyOffer('x', 'x').product, sku: 'SLY-OTHER' } } : slyOffer(`sly-${brief.requestId}`, brief.requestId)],
        }),
      }),
    );
    try {
      await h.butler.shop(battery);
      const kinds = h.ledger.eventsFor('sly').map((e) => e.kind);
      expect(kinds).toContain('claim-contradicted');
      expect(kinds.filter((k) => k === 'offer-fit')).toHaveLength(1);
    } finally {
      await h.close();
    }
  }, 30_000);
});

/** Sly's fit record after three daily requests, answering the first brief with `first` (and the follow-up with the same products: nothing new). */
async function slyFitAnswering(first: (brief: NeedBriefInput) => Offer[]) {
  const h = await butlerBesideTrailco(
    slyConnection({ requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: first(brief) }) }),
  );
  try {
    for (let day = 0; day < 3; day++) {
      await h.butler.shop(battery);
      clock.advanceDays(1);
    }
    const score = h.ledger.scoreOf('sly', clock.now().getTime());
    return { fit: score.fit.score, fitEvidence: score.fit.positive + score.fit.negative };
  } finally {
    await h.close();
  }
}

const headphones = (brief: NeedBriefInput) => slyOffer(`sly-${brief.requestId}`, brief.requestId);

describe("one fit observation per brand and request", () => {
  it('(fixed) copies of its best fit under other SKUs in the first round earn a brand nothing', async () => {
    const copies = await slyFitAnswering((brief) => [headphones(brief), ...[1, 2].map((i) => ({ ...headphones(brief), offerId: `copy${i}-${brief.requestId}`, product: { ...headphones(brief).product, sku: `SLY-C${i}` } }))]);
    const one = await slyFitAnswering((brief) => [headphones(brief)]);
    expect(copies.fitEvidence).toBe(one.fitEvidence);
    expect(copies.fit).toBe(one.fit);
  }, 60_000);

  it('(fixed) a cheaper alternative offered beside its best does not lower its record', async () => {
    const choice = await slyFitAnswering((brief) => [headphones(brief), { ...slyOffer(`cheap-${brief.requestId}`, brief.requestId), product: cheap.product, price: eur(5_000), terms: cheap.terms }]);
    const one = await slyFitAnswering((brief) => [headphones(brief)]);
    expect(choice.fit).toBe(one.fit);
  }, 60_000);

  it('a brand whose only offer fits worse has the lower record (fit still tells brands apart)', async () => {
    const worse = await slyFitAnswering((brief) => [{ ...slyOffer(`cheap-${brief.requestId}`, brief.requestId), product: cheap.product, price: eur(5_000), terms: cheap.terms }]);
    const one = await slyFitAnswering((brief) => [headphones(brief)]);
    expect(worse.fit).toBeLessThan(one.fit);
  }, 60_000);
});
