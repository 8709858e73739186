import { meetsConstraints, type HardConstraint, type Money, type Offer } from '../../protocol/index.ts';
import { counterNoise, negotiateOffer, type NegotiatedOffer } from '../negotiation/index.ts';
import { applicableBudget, type BudgetStretch } from '../scoring/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { TimeLeft } from './brand-time-budget.ts';
import { buyerPseudonym } from './buyer-pseudonym.ts';
import type { BrandReply } from './fan-out.ts';
import type { BrandRound } from './gather-evidence.ts';

/** What negotiating one request needs besides the replies. */
export interface NegotiationSetting {
  readonly brandsById: ReadonlyMap<string, BrandConnection>;
  readonly hardConstraints: readonly HardConstraint[];
  /** The private budget: never sent, only checked once each negotiation is over (see agent/negotiation). */
  readonly budget: Money | undefined;
  /** A higher private ceiling for the offers meeting its condition ("150 if it's Sony"): checked like the budget. */
  readonly budgetStretch?: BudgetStretch | undefined;
  /** The budget ceiling a brand's brief carried, if the person's disclosure allowed it (only that may gate counters). */
  readonly disclosedBudget: (brandId: string) => Money | undefined;
  readonly requestId: string;
  readonly secret: string;
  readonly clock: () => Date;
  readonly haggle: boolean;
  /** Each brand's time left in the request: its questions and counters stop when it is spent (unbounded when absent). */
  readonly timeLeftMs?: TimeLeft | undefined;
}

/** The offers of a reply that meet every hard constraint (a product stating no maker is its seller's): the only ones worth questions and counters. */
export function eligibleOffers(offers: readonly Offer[], hardConstraints: readonly HardConstraint[]): Offer[] {
  return offers.filter((o) => meetsConstraints(o.product, hardConstraints, o.brandId));
}

/**
 * Negotiates every eligible offer of every brand that answered (brands in parallel, one brand's offers in turn, within
 * its time left in the request), and returns one round per brand, sorted by brand id so nothing downstream depends on
 * arrival order.
 */
export async function negotiateAnswered(answered: ReadonlyArray<Extract<BrandReply, { kind: 'answered' }>>, setting: NegotiationSetting): Promise<BrandRound[]> {
  // Counters aim at the market (every brand's eligible offers), jittered by the person's secret: never at the budget.
  const market = answered.flatMap((reply) => eligibleOffers(reply.response.offers, setting.hardConstraints));
  const noise = counterNoise(setting.secret, setting.requestId);
  const { timeLeftMs } = setting;
  const rounds = await Promise.all(
    answered.map(async (reply): Promise<BrandRound> => {
      const brand = setting.brandsById.get(reply.brandId);
      const negotiated: NegotiatedOffer[] = [];
      const timeLeft = timeLeftMs ? () => timeLeftMs(reply.brandId) : undefined;
      if (brand) {
        for (const offer of eligibleOffers(reply.response.offers, setting.hardConstraints)) {
          negotiated.push(
            await negotiateOffer({
              peer: brand,
              offer,
              buyerId: buyerPseudonym(setting.secret, reply.brandId),
              idKey: setting.secret,
              hardConstraints: setting.hardConstraints,
              budget: applicableBudget(setting, offer),
              disclosedBudget: setting.disclosedBudget(reply.brandId),
              market,
              noise,
              timeoutMs: brand.timeoutMs,
              timeLeftMs: timeLeft,
              now: setting.clock,
              haggle: setting.haggle,
            }),
          );
        }
      }
      return { brandId: reply.brandId, offers: reply.response.offers, negotiated, declines: reply.response.decline ? [reply.response.decline] : [] };
    }),
  );
  return rounds.sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : 0));
}
