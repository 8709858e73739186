/** Parameters of the butler's price concession (documented defaults; bounded by the private budget). */
export const CONCESSION = {
  /** First counter asks this fraction below the offered price. */
  openingDiscount: 0.12,
  /** Rounds the butler will negotiate before taking the best price or walking away. */
  maxRounds: 3,
  /** Counters below this fraction of the price are never sent (insulting offers waste rounds). */
  minFraction: 0.8,
} as const;

/** What the strategy knows when choosing its next move. */
export interface ConcessionState {
  /** The brand's first price for the offer (minor units). */
  readonly initialPrice: number;
  /** The brand's latest price (minor units). */
  readonly currentPrice: number;
  /** The person's private ceiling (minor units), never disclosed. */
  readonly budget: number | undefined;
  /** The round about to be played (1-based). */
  readonly round: number;
  /** The butler's previous proposal, if any. */
  readonly lastProposal: number | undefined;
}

/** The next move: propose a price, accept the current one, or stop (walk away or take it as is). */
export type ConcessionMove =
  | { readonly kind: 'propose'; readonly price: number }
  | { readonly kind: 'accept' }
  | { readonly kind: 'stop'; readonly reason: 'max-rounds' | 'over-budget' };

/**
 * Time-dependent concession (Faratin et al. style, linear): open `openingDiscount` below the first price and
 * concede toward the brand's current price by the last round — never proposing above the private budget, and never
 * proposing a number derived from it.
 */
export function nextConcessionMove(state: ConcessionState): ConcessionMove {
  const affordable = state.budget === undefined || state.currentPrice <= state.budget;
  if (state.round > CONCESSION.maxRounds) return affordable ? { kind: 'stop', reason: 'max-rounds' } : { kind: 'stop', reason: 'over-budget' };
  // Proposals are derived from the brand's own prices only; the budget is a gate, never a number we send, so a
  // counter can never reveal it (proposing "exactly the budget" would).
  const opening = Math.round(state.initialPrice * (1 - CONCESSION.openingDiscount));
  const floor = Math.round(state.initialPrice * CONCESSION.minFraction);
  const progress = (state.round - 1) / CONCESSION.maxRounds;
  const price = Math.max(Math.round(opening + (state.currentPrice - opening) * progress), floor, state.lastProposal ?? 0);
  if (price >= state.currentPrice) return affordable ? { kind: 'accept' } : { kind: 'stop', reason: 'over-budget' };
  if (state.budget !== undefined && price > state.budget) return { kind: 'stop', reason: 'over-budget' };
  return { kind: 'propose', price };
}
