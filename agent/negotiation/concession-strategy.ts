import { exceedsBudget, type Money } from '../../protocol/index.ts';

/** Parameters of the butler's price concession (documented defaults; the opening discount is jittered per request). */
export const CONCESSION = {
  /** First counter asks about this fraction below the target (see `COUNTER_NOISE` for the jitter around it). */
  openingDiscount: 0.12,
  /** Rounds the butler will negotiate before taking the best price. */
  maxRounds: 3,
} as const;

/** What the strategy knows when choosing its next move. */
export interface ConcessionState {
  /** The brand's latest price. */
  readonly currentPrice: Money;
  /** The price the butler aims at, from the market alone (`counterTarget`); the last round concedes up to it. */
  readonly target: Money;
  /** How far below the target the first counter opens (a share of it; jittered per request by `counterNoise`). */
  readonly openingDiscount: number;
  /**
   * The ceiling this brand was told in its brief (`budgetCeiling`, only when the person's disclosure allows it); never
   * the private budget, which the strategy does not see: what a brand is sent must not depend on what it was not told.
   */
  readonly disclosedBudget: Money | undefined;
  /** The round about to be played (1-based). */
  readonly round: number;
  /** The butler's previous proposal, if any. */
  readonly lastProposal: Money | undefined;
}

/** The next move: propose a price, accept the current one, or stop. */
export type ConcessionMove =
  | { readonly kind: 'propose'; readonly price: Money }
  | { readonly kind: 'accept' }
  | { readonly kind: 'stop'; readonly reason: 'max-rounds' | 'over-budget' };

/**
 * Time-dependent concession from the market, not from the budget: open `openingDiscount` below the target and concede
 * linearly up to it by the last round; accept when the brand is already at or below the proposal. Only a budget the
 * brand was told gates the counters (when even the target is over it the butler sends nothing, never proposing above
 * a ceiling it announced; the brand learns nothing it did not know). A private budget never changes a move: a brand
 * moves the target with its own prices, so a gate on it would let the brand bisect the budget from "countered or not".
 */
export function nextConcessionMove(state: ConcessionState): ConcessionMove {
  if (exceedsBudget(state.target, state.disclosedBudget)) return { kind: 'stop', reason: 'over-budget' };
  if (state.round > CONCESSION.maxRounds) return { kind: 'stop', reason: 'max-rounds' };
  const target = state.target.amountMinor;
  const opening = Math.round(target * (1 - state.openingDiscount));
  const progress = Math.min(1, (state.round - 1) / (CONCESSION.maxRounds - 1));
  const amountMinor = Math.min(target, Math.max(Math.round(opening + (target - opening) * progress), state.lastProposal?.amountMinor ?? 0));
  if (state.currentPrice.currency !== state.target.currency || amountMinor >= state.currentPrice.amountMinor) return { kind: 'accept' };
  return { kind: 'propose', price: { amountMinor, currency: state.target.currency } };
}
