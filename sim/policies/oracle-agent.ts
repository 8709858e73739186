import { buyerPseudonym } from '../../agent/butler/index.ts';
import { counterNoise, negotiateOffer } from '../../agent/negotiation/index.ts';
import { BaitAndSwitchParamsSchema, LongConParamsSchema, OnOffParamsSchema, isBigDeal, onOffPhase, productIdOfSku, type BaitAndSwitchParams } from '../../brand-agent/reference/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { deliveryWelfare } from '../consumers/welfare.ts';
import type { BrandSlot } from '../market/build-market.ts';
import { DISHONEST_STRATEGIES } from '../market/strategy-classes.ts';
import { collectOffers, type BrandOffers } from './collect-offers.ts';
import { noPurchase, type Decision, type DecisionContext } from './decision.ts';
import { placeOrder } from './place-order.ts';
import { settleOrder } from './settle-order.ts';
import { trueClaimFailures } from './true-claim-failures.ts';

/** Haggling can take at most this share off a price (the butler's concession never goes below 80%). */
const MAX_HAGGLE_SHARE = 0.2;

/** The switch a brand will really apply to the receipt of this offer at `now`, from its true strategy and parameters. */
function switchOf(slot: BrandSlot | undefined, now: Date, offer: Offer): BaitAndSwitchParams | undefined {
  if (!slot) return undefined;
  if (slot.strategy === 'bait-and-switch') return BaitAndSwitchParamsSchema.parse(slot.params);
  if (slot.strategy === 'on-off') {
    const params = OnOffParamsSchema.parse(slot.params);
    if (params.cheatWith.includes('bait-and-switch') && onOffPhase(params, now) === 'cheat') return params.baitAndSwitch;
  }
  if (slot.strategy === 'long-con') {
    const params = LongConParamsSchema.parse(slot.params);
    if (params.cheatWith.includes('bait-and-switch') && isBigDeal(slot.catalog, offer.product.category, offer.quantity, params)) return params.baitAndSwitch;
  }
  return undefined;
}

/**
 * What buying this offer would really be worth: the true product, true stock and delivery, and what the brand will
 * really charge and apply on the receipt (under an exact mandate); undefined when it would exceed the budget.
 */
export function trueOfferWelfare(ctx: DecisionContext, offer: Offer): number | undefined {
  const { market } = ctx;
  const product = market.truth.product(productIdOfSku(offer.product.sku));
  if (!product || offer.quantity < ctx.drawn.need.quantity) return undefined;
  const sw = switchOf(market.slotOf(offer.brandId), ctx.now, offer);
  const price = offer.price.amountMinor;
  const charged = sw?.chargeAboveMandate ? Math.ceil(price * (1 + sw.surchargeRatio)) : price;
  if (ctx.drawn.need.budget && charged > ctx.drawn.need.budget.amountMinor) return undefined;
  const fulfilment = market.truth.fulfilment(offer.brandId, product.productId);
  const promised = offer.terms.deliveryDays;
  return deliveryWelfare(ctx.drawn.persona, market.scenario.consumers, {
    product,
    orderedQuantity: offer.quantity,
    deliveredQuantity: Math.min(offer.quantity, fulfilment?.stock ?? offer.quantity),
    charged,
    promisedDeliveryDays: promised,
    actualDeliveryDays: Math.max(fulfilment?.deliveryDays ?? promised, promised + (sw?.addDeliveryDays ?? 0)),
    placedAtMs: ctx.now.getTime(),
    deadline: ctx.drawn.need.deadline,
    claimsFailed: trueClaimFailures(market, offer, ctx.now),
    switched: sw !== undefined,
  });
}

interface Valued {
  readonly entry: BrandOffers;
  readonly offer: Offer;
  readonly welfare: number;
  readonly arrival: number;
}

/** The all-knowing policies: the oracle over every brand, the safe oracle over the honest brands only. */
export type OraclePolicy = 'oracle' | 'safe-oracle';

/**
 * The oracle: knows the ground truth of every product and every brand's true behaviour, haggles like the butler on
 * every offer that could still come out best, buys the truly best one (nothing when nothing is worth its price) and
 * settles like everyone else. Its welfare is the reference for the welfare ratio. The safe oracle does the same among
 * the offers of brands whose true strategy is honest (never a deceptive, switching, on-off or whitewashing brand, even
 * when one would be the better buy): what a perfect judge who only trades with honest shops gets.
 */
export async function decideOracle(ctx: DecisionContext, policy: OraclePolicy = 'oracle'): Promise<Decision> {
  const all = await collectOffers(ctx, { alsoCheapest: true });
  const answers = policy === 'oracle' ? all : all.filter((a) => !DISHONEST_STRATEGIES.has(ctx.market.slotOf(a.brand.card.id)?.strategy ?? 'deceptive'));
  const offers = answers.reduce((n, a) => n + a.offers.length, 0);
  const valued: Valued[] = [];
  let arrival = 0;
  for (const entry of answers) {
    for (const offer of entry.offers) {
      const welfare = trueOfferWelfare(ctx, offer);
      if (welfare !== undefined) valued.push({ entry, offer, welfare, arrival });
      arrival++;
    }
  }
  const best = Math.max(...valued.map((v) => v.welfare));
  const improved: Valued[] = [];
  for (const v of valued) {
    if (v.welfare + MAX_HAGGLE_SHARE * v.offer.price.amountMinor < best || v.welfare + MAX_HAGGLE_SHARE * v.offer.price.amountMinor <= 0) {
      improved.push(v);
      continue;
    }
    const negotiated = await negotiateOffer({
      peer: v.entry.brand,
      offer: v.offer,
      buyerId: buyerPseudonym(ctx.consumer.secret, v.offer.brandId),
      idKey: ctx.consumer.secret,
      hardConstraints: ctx.drawn.need.hardConstraints,
      budget: ctx.drawn.need.budget,
      disclosedBudget: v.entry.disclosedBudget,
      market: valued.map((m) => m.offer),
      noise: counterNoise(ctx.consumer.secret, v.offer.requestId),
      timeoutMs: v.entry.brand.timeoutMs,
      now: ctx.clock,
      haggle: true,
    });
    const welfare = trueOfferWelfare(ctx, negotiated.offer);
    improved.push(welfare === undefined ? v : { ...v, offer: negotiated.offer, welfare });
  }
  const ordered = improved.filter((v) => v.welfare > 0).sort((a, b) => b.welfare - a.welfare || a.arrival - b.arrival);
  const preference = [...new Set(ordered.map((v) => v.offer.brandId))];
  const acceptable = [...preference].sort();
  const pick = ordered[0];
  if (!pick) return noPurchase(policy, offers === 0 ? 'no-offer' : 'nothing-acceptable', { offers });
  const receipt = await placeOrder(ctx, pick.entry.brand, pick.offer, 0, policy);
  if (!receipt.ok) return noPurchase(policy, 'order-failed', { offers, acceptable, preference });
  const settled = settleOrder(ctx, pick.offer, receipt.value);
  const budget = ctx.drawn.need.budget?.amountMinor ?? Number.POSITIVE_INFINITY;
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
    budgetViolation: settled.charged > budget,
    divergent: 'none',
    claimsFailed: settled.claimsFailed,
    late: settled.late,
    refusals: 0,
  };
}
