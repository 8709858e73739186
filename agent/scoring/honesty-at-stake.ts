import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import { clamp01 } from './probability.ts';

/**
 * The honesty an offer of a known brand starts from: its calibrated estimate `own` with the newcomer prior it was formed
 * from (`unknownPrior`, 0.8) vouched for only as far as the brand's checks that held cover the offer's stake (`cover`,
 * `heldDeliveriesAt`: each counting what it put at stake over the offer's, at most one whole check); the rest of that
 * prior is what a stranger starts from here (`stranger`, the newcomer prior capped by what the strangers met turned out
 * to be, `strangerHonestyOf`). The estimate is a Beta posterior mean, prior × w ÷ (w + its failures at stake), so
 * changing its prior to base = stranger + cover × (prior − stranger) scales it by base ÷ prior: a brand's failures
 * count whole whatever the offer's stake, and a record of honest sales vouches for sales of their size. A seller honest
 * on 20 EUR deliveries asking 1,000 EUR is read nearly as a stranger with its failures would be; at full cover, or where
 * no stranger is read below the prior, it is `own`. Never above `own`, and for one record and market never higher at a
 * larger stake (`cover` falls). No parameter.
 */
export function honestyAtStake(own: number, stranger: number, cover: number): number {
  const prior = HONESTY_WEIGHTS.unknownPrior;
  const s = Math.min(prior, clamp01(stranger));
  const base = s + clamp01(cover) * (prior - s);
  return clamp01(own) * (base / prior);
}
