import { RECOMMENDATION_FLOOR, type TrustScore } from '../../agent/trust/index.ts';
import type { BrandSlot } from '../market/build-market.ts';
import { DISHONEST_STRATEGIES, PRESSURE_STRATEGIES } from '../market/strategy-classes.ts';
import { emptyTrustTally, type Confusion, type TrustTally } from './tally.ts';

/** Pressure trust below which a butler is said to have flagged a brand as pushy. */
export const PRESSURE_FLAG_THRESHOLD = 0.5;

/** One brand as one consumer's butler scores it at the end of a round. */
export interface ScoredBrand {
  readonly slot: BrandSlot;
  readonly score: TrustScore;
}

/** Whether a butler's ledger would keep this brand out of its recommendations (the ranking's honesty floor). */
export function flaggedDishonest(score: TrustScore): boolean {
  return score.honesty.disbelief > 0 && score.honesty.score < RECOMMENDATION_FLOOR;
}

/** Whether a butler's ledger flags this brand as pushy. */
export function flaggedPushy(score: TrustScore): boolean {
  return score.pressure.score < PRESSURE_FLAG_THRESHOLD;
}

function bump(c: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp += 1;
  else if (predicted) c.fp += 1;
  else if (actual) c.fn += 1;
  else c.tn += 1;
}

/**
 * Tallies what the butlers of one policy say about the brands they know (one list per consumer): detection of
 * dishonest and pushy brands, how honest brands fare, and (when asked) the sums behind the trust trajectories. Pure.
 */
export function trustTallyOf(ledgers: ReadonlyArray<readonly ScoredBrand[]>, trajectories: boolean): TrustTally {
  const t = emptyTrustTally();
  for (const known of ledgers) {
    for (const { slot, score } of known) {
      const dishonest = flaggedDishonest(score);
      const pushy = flaggedPushy(score);
      const trulyDishonest = DISHONEST_STRATEGIES.has(slot.strategy);
      const trulyPushy = PRESSURE_STRATEGIES.has(slot.strategy);
      bump(t.dishonest, dishonest, trulyDishonest);
      bump(t.pressure, pushy, trulyPushy);
      if (!trulyDishonest) {
        t.honest.pairs += 1;
        if (dishonest) t.honest.belowFloor += 1;
        if (!trulyPushy) {
          t.honest.nonPushyPairs += 1;
          if (pushy) t.honest.pressureFlagged += 1;
        }
      }
      if (trajectories) {
        const b = (t.brands[slot.baseId] ??= { n: 0, trust: 0, honesty: 0, pressure: 0 });
        b.n += 1;
        b.trust += Math.round(score.trust * 1_000_000);
        b.honesty += Math.round(score.honesty.score * 1_000_000);
        b.pressure += Math.round(score.pressure.score * 1_000_000);
      }
    }
  }
  return t;
}
