import { toMajorUnits, type Money } from '../../protocol/index.ts';
import type { BrandTrustState } from './brand-trust-state.ts';

/**
 * A brand's checks that held, forgetting-weighted, by what they put at stake: its deliveries as described per currency
 * of their stakes (weight and summed stake in major units), and the held checks that named no stake.
 */
export interface HeldRecord {
  readonly unstaked: number;
  readonly byCurrency: ReadonlyArray<{ readonly currency: string; readonly weight: number; readonly stake: number }>;
}

/** The record of a brand with no check that held. */
export const EMPTY_HELD_RECORD: HeldRecord = Object.freeze({ unstaked: 0, byCurrency: Object.freeze([]) });

/**
 * The held part of a brand's record, decayed by `long` (the score's forgetting from the state's time to the reading's):
 * per currency, its orders (`stakes`) less its failed deliveries in that currency (`claims.failedDeliveries`). Both sums
 * are forgotten alike, and the part of a failure a delivery forgives leaves both (`foldTrustEvent`), so the difference is
 * exactly the orders that held; the held checks beyond them named no stake.
 */
export function heldRecordOf(state: Pick<BrandTrustState, 'claims' | 'stakes'>, long = 1): HeldRecord {
  if (!(state.claims.held > 0)) return EMPTY_HELD_RECORD;
  let staked = 0;
  const byCurrency: Array<{ currency: string; weight: number; stake: number }> = [];
  for (const c of state.stakes) {
    const failed = state.claims.failedDeliveries.find((f) => f.currency === c.currency);
    const weight = Math.max(0, c.weight - (failed?.weight ?? 0));
    if (!(weight > 0)) continue;
    byCurrency.push({ currency: c.currency, weight: weight * long, stake: Math.max(0, c.stake - (failed?.stake ?? 0)) * long });
    staked += weight;
  }
  return { unstaked: Math.max(0, state.claims.held - staked) * long, byCurrency };
}

/**
 * How far a brand's held checks vouch for an offer putting `stake` at risk, in [0, 1]: each delivery as described counts
 * what it put at stake over the offer's, at most 1 (the mean of its currency's deliveries stands for each), capped at one
 * whole check. A clean record at 20 EUR says little about a 1,000 EUR deal: fifty of them vouch for it as one 1,000 EUR
 * delivery does. The mirror of failures, which count max(1, stake ÷ usual stake) (`failedDeliveriesAtStake`), and of
 * forgiveness, which a delivery gives in proportion to its stake (`deliveryForgivenessShare`). Held checks that named no
 * stake, and every check when the offer names none, count whole; deliveries in another currency count for nothing (no
 * exchange rate: 1,000 JPY is not 1,000 EUR). No parameter. For one record, a larger stake never vouches more.
 */
export function heldDeliveriesAt(record: HeldRecord, stake: Money | undefined): number {
  const offerMajor = stake === undefined ? undefined : toMajorUnits(stake);
  let n = record.unstaked;
  for (const c of record.byCurrency) {
    if (!(c.weight > 0)) continue;
    if (offerMajor === undefined || !(offerMajor > 0)) n += c.weight;
    else if (c.currency === stake!.currency) n += c.weight * Math.min(1, c.stake / c.weight / offerMajor);
  }
  return Math.min(1, n);
}
