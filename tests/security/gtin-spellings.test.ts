// Red team 27: one GTIN, several spellings. The protocol takes 8 to 14 digits, and GS1 pads every GTIN (8, 12, 13 or 14
// digits) to the same 14-digit number: '6925281035098' (EAN-13) is '06925281035098' (GTIN-14) is '006925281035098'…
// A seller that lied about the product in its own product data and wrote the GTIN with an extra leading zero was not
// compared with the honest sellers of the same product: the market cross-check grouped offers by the GTIN as written.
import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import type { NeedBriefInput, Offer } from '../../protocol/index.ts';
import { butlerBesideTrailco, clock, need, slyConnection, slyOffer, slyProduct } from './sly-market.ts';

/** Noise cancelling headphones, the longer the battery the better: battery_hours is a statement the cross-check weighs. */
const battery: Need = { ...need, softPreferences: [{ attribute: 'battery_hours', direction: 'higher', weight: 1 }] };
const GTIN = slyProduct.product.gtin!;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/**
 * Trailco (honest: 44 h) bought from once and reported as described, so its word weighs; then Sly offers the same
 * headphones stating `hours` in its own product data, under the GTIN written as `gtin`. Returns Sly's ranked offer.
 */
async function slyBesideEstablishedTrailco(gtin: string, hours: number) {
  let statesHours = 44;
  const offer = (brief: NeedBriefInput): Offer => {
    const base = slyOffer(`sly-${brief.requestId}`, brief.requestId);
    return { ...base, product: { ...base.product, gtin, attributes: { ...base.product.attributes, battery_hours: statesHours } } };
  };
  const h = await butlerBesideTrailco(slyConnection({ requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [offer(brief)] }) }));
  close = h.close;
  const first = await h.butler.shop(battery);
  const trailco = first.ranking.ranked.find((r) => r.brandId === 'trailco');
  expect(trailco).toBeDefined();
  const bought = await h.buy(trailco!.offerId);
  if (bought.kind !== 'purchased') throw new Error(`not bought: ${bought.kind}`);
  h.butler.reportOutcome(bought.order.orderId, { text: 'Arrived on time, exactly as described.', satisfied: true });
  clock.advanceDays(1);
  statesHours = hours;
  const second = await h.butler.shop(battery);
  const sly = second.ranking.ranked.find((r) => r.brandId === 'sly') ?? second.ranking.excluded.find((r) => r.brandId === 'sly');
  expect(sly).toBeDefined();
  return sly as { offer: Offer; scores: { honesty: { evidence: ReadonlyArray<{ code: string; attribute?: string | undefined }> } } };
}

const disputedOn = (r: { scores: { honesty: { evidence: ReadonlyArray<{ code: string; attribute?: string | undefined }> } } }) =>
  r.scores.honesty.evidence.filter((e) => e.code === 'claim-disputed-by-market').map((e) => e.attribute);

describe('a GTIN written another way is the same GTIN', () => {
  it('the lie is disputed by the honest seller of the same GTIN as written (control)', async () => {
    const sly = await slyBesideEstablishedTrailco(GTIN, 80);
    expect(disputedOn(sly)).toEqual(['battery_hours']);
  }, 30_000);

  it('(fixed) the lie under the GTIN-14 spelling (one leading zero more) is disputed all the same', async () => {
    const sly = await slyBesideEstablishedTrailco(`0${GTIN}`, 80);
    expect(disputedOn(sly)).toEqual(['battery_hours']);
    // The butler reads the GTIN in one form: here the one the honest seller wrote.
    expect(sly.offer.product.gtin).toBe(GTIN);
  }, 30_000);

  it('an honest seller writing the GTIN-14 form is not disputed (it states what the product is)', async () => {
    const sly = await slyBesideEstablishedTrailco(`0${GTIN}`, 44);
    expect(disputedOn(sly)).toEqual([]);
  }, 30_000);
});
