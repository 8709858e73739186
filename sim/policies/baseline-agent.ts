import { productIdOfSku } from '../../brand-agent/reference/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { believedAcceptable, believedMatch } from './believed-offer.ts';
import { collectOffers, type BrandOffers } from './collect-offers.ts';
import { noPurchase, type Decision, type DecisionContext } from './decision.ts';
import { placeOrder } from './place-order.ts';
import type { PolicyId } from './policy-ids.ts';
import { settleOrder } from './settle-order.ts';

/** The simple agents: they never negotiate, never ask questions, believe every claim and never check receipts. */
export type BaselinePolicy = Extract<PolicyId, 'naive' | 'first-offer' | 'cheapest'>;

interface Candidate {
  readonly entry: BrandOffers;
  readonly offer: Offer;
  readonly arrival: number;
  readonly score: number;
}

/** The believed value of an offer to a naive agent: the money value of the stated-preference match, minus the price. */
function naiveScore(ctx: DecisionContext, offer: Offer): number {
  const population = ctx.market.scenario.consumers;
  // It cannot see quality, so it assumes an average one; the match is judged on claims, taken at their word.
  const utility = population.qualityWeight * 0.5 + (1 - population.qualityWeight) * believedMatch(offer, ctx.drawn.persona, ctx.drawn.need);
  return ctx.drawn.persona.valueMinor * utility - offer.price.amountMinor;
}

/** Runs one simple agent for one need: collect offers in arrival order, pick by its rule, order (mandate up to the budget), settle. */
export async function decideBaseline(policy: BaselinePolicy, ctx: DecisionContext): Promise<Decision> {
  const answers = await collectOffers(ctx);
  const offers = answers.reduce((n, a) => n + a.offers.length, 0);
  const candidates: Candidate[] = [];
  let arrival = 0;
  for (const entry of answers) {
    for (const offer of entry.offers) {
      if (believedAcceptable(offer, ctx.drawn.need)) {
        candidates.push({ entry, offer, arrival, score: policy === 'naive' ? naiveScore(ctx, offer) : policy === 'cheapest' ? -offer.price.amountMinor : -arrival });
      }
      arrival++;
    }
  }
  if (candidates.length === 0) return noPurchase(policy, offers === 0 ? 'no-offer' : 'nothing-acceptable', { offers });
  const ordered = [...candidates].sort((a, b) => b.score - a.score || a.arrival - b.arrival);
  const preference = [...new Set(ordered.map((c) => c.entry.brand.card.id))];
  const acceptable = [...preference].sort();
  const pick = ordered[0]!;
  // A naive buyer walks away when even the believed value is negative.
  if (policy === 'naive' && pick.score < 0) return noPurchase(policy, 'nothing-acceptable', { offers, acceptable, preference });
  const budget = ctx.drawn.need.budget?.amountMinor ?? 0;
  const receipt = await placeOrder(ctx, pick.entry.brand, pick.offer, budget, policy);
  if (!receipt.ok) return noPurchase(policy, 'order-failed', { offers, acceptable, preference });
  const settled = settleOrder(ctx, pick.offer, receipt.value);
  return {
    policy,
    status: 'purchased',
    offers,
    acceptable,
    preference,
    brandId: pick.offer.brandId,
    productId: productIdOfSku(receipt.value.sku),
    price: pick.offer.price.amountMinor,
    charged: settled.charged,
    welfare: settled.welfare,
    budgetViolation: budget > 0 && settled.charged > budget,
    divergent: 'none',
    claimsFailed: settled.claimsFailed,
    late: settled.late,
    refusals: 0,
  };
}
