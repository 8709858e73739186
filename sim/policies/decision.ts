import type { BrandConnection } from '../../agent/butler/index.ts';
import type { Profile } from '../../agent/policy/index.ts';
import type { Consumer } from '../consumers/consumer.ts';
import type { DrawnNeed } from '../consumers/draw-need.ts';
import type { Market } from '../market/build-market.ts';
import type { PolicyId } from './policy-ids.ts';

/** How one policy's attempt to meet one need ended. */
export type DecisionStatus = 'purchased' | 'no-offer' | 'nothing-acceptable' | 'refused-bait-and-switch' | 'blocked-by-policy' | 'not-available' | 'order-failed';

/** One policy's decision for one consumer's need in one round, with what it cost and what it was worth. */
export interface Decision {
  readonly policy: PolicyId;
  readonly status: DecisionStatus;
  /** Offers received (after negotiation, for policies that negotiate). */
  readonly offers: number;
  /** Brands with at least one offer the policy considered acceptable, in id order. */
  readonly acceptable: readonly string[];
  /** Brands in the policy's order of preference (by their best offer). */
  readonly preference: readonly string[];
  readonly brandId?: string | undefined;
  readonly productId?: string | undefined;
  /** Price of the accepted offer (minor units; 0 when nothing was bought). */
  readonly price: number;
  /** Money actually paid for what arrived. */
  readonly charged: number;
  /** True utility of what arrived minus lateness minus what was paid (minor units). */
  readonly welfare: number;
  /** More was charged than the need's budget. */
  readonly budgetViolation: boolean;
  /** Butler only: whether a divergent option was shown, and taken. */
  readonly divergent: 'none' | 'shown' | 'taken';
  /** Claims of the bought offer that the delivery contradicted. */
  readonly claimsFailed: number;
  readonly late: boolean;
  /** Orders the butler refused because the receipt differed from the accepted offer (bait-and-switch). */
  readonly refusals: number;
  /**
   * Butlers with a ledger only: the seller was a brand this butler had already caught (a failed check on its record)
   * when it bought. Money paid then is money the ledger failed to keep from a known offender; money paid before is
   * the price of a first meeting, which no private ledger can avoid.
   */
  readonly sellerCaught?: boolean;
}

/** Everything a policy needs to decide one need: the market, the consumer, the need, the brands and their arrival order. */
export interface DecisionContext {
  readonly market: Market;
  readonly round: number;
  readonly now: Date;
  readonly clock: () => Date;
  readonly consumer: Consumer;
  readonly drawn: DrawnNeed;
  readonly profile: Profile;
  /** This policy's brand connections (its own copies), every brand of the market. */
  readonly brands: readonly BrandConnection[];
  /** Ids of the brands selling the need's category, in the order their answers arrive this round. */
  readonly arrival: readonly string[];
  readonly requestId: string;
}

/** A decision with nothing bought. */
export function noPurchase(policy: PolicyId, status: DecisionStatus, fields: { offers: number; acceptable?: readonly string[]; preference?: readonly string[]; divergent?: Decision['divergent']; refusals?: number }): Decision {
  return {
    policy,
    status,
    offers: fields.offers,
    acceptable: fields.acceptable ?? [],
    preference: fields.preference ?? [],
    price: 0,
    charged: 0,
    welfare: 0,
    budgetViolation: false,
    divergent: fields.divergent ?? 'none',
    claimsFailed: 0,
    late: false,
    refusals: fields.refusals ?? 0,
  };
}
