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
  /** The person's private ceiling, never disclosed and never a number the butler sends. */
  readonly budget: Money | undefined;
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
 * linearly up to it by the last round; accept when the brand is already at or below the proposal. The budget is only
 * a gate on the target, checked before the first counter: when even the target is over the budget the butler sends
 * nothing (so it never proposes above the budget), and the threshold a brand could observe is the market price, not
 * a price it chose. Every proposal is at most the target, hence never above the budget, and never derived from it.
 */
export function nextConcessionMove(state: ConcessionState): ConcessionMove {
  if (exceedsBudget(state.target, state.budget)) return { kind: 'stop', reason: 'over-budget' };
  if (state.round > CONCESSION.maxRounds) return { kind: 'stop', reason: 'max-rounds' };
  const target = state.target.amountMinor;
  const opening = Math.round(target * (1 - state.openingDiscount));
  const progress = Math.min(1, (state.round - 1) / (CONCESSION.maxRounds - 1));
  const amountMinor = Math.min(target, Math.max(Math.round(opening + (target - opening) * progress), state.lastProposal?.amountMinor ?? 0));
  if (state.currentPrice.currency !== state.target.currency || amountMinor >= state.currentPrice.amountMinor) return { kind: 'accept' };
  return { kind: 'propose', price: { amountMinor, currency: state.target.currency } };
}
