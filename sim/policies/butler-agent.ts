import { createButler, type Butler, type BrandConnection, type PurchaseResult } from '../../agent/butler/index.ts';
import type { PressureDetector } from '../../agent/scoring/index.ts';
import { RECOMMENDATION_FLOOR } from '../../agent/trust/index.ts';
import { productIdOfSku } from '../../brand-agent/reference/index.ts';
import { ForgetfulTrust, SimTrust } from '../agents/sim-trust.ts';
import { SimButlerMemory } from '../agents/sim-butler-memory.ts';
import type { Profile } from '../../agent/policy/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { preferenceMatch } from '../consumers/consumer.ts';
import { inArrivalOrder } from './arrival-order.ts';
import { noPurchase, type Decision, type DecisionContext } from './decision.ts';
import type { DivergentPick, RankedOffer } from '../../agent/decision/index.ts';
import type { PolicyId } from './policy-ids.ts';
import { settleOrder } from './settle-order.ts';

/** What makes one butler variant: its trust port, its text detector and its exploration appetite. */
export interface ButlerVariant {
  readonly policy: PolicyId;
  readonly remembers: boolean;
  readonly detector: PressureDetector;
  readonly profile: Profile;
  /** Validate every trust event with the ledger schema (as the SQLite ledger does). */
  readonly validateEvents: boolean;
}

/**
 * The purchase outcomes after which nothing was ordered and no order may be live, so the consumer may buy from the
 * best other brand: the brand's own "no" (or its word that it holds no such order), an offer gone, an offer the butler
 * refuses. Not after `unconfirmed` (the brand may hold the order) nor `already-ordered` (an order is under way or
 * placed); a switched receipt is answered by the new proposal, a policy block by nothing.
 */
export const NOTHING_ORDERED: ReadonlySet<PurchaseResult['kind']> = new Set(['failed', 'not-available', 'excluded-by-ranking']);

/**
 * One consumer's Majordome butler, built by `createButler`: `shop`, `purchase` (the simulated consumer is the
 * person and consents on channel "simulation") and `reportOutcome` (the consumer reports what the ground truth says
 * arrived), over a memory and a trust ledger of its own.
 */
export class ButlerAgent {
  readonly trust: SimTrust | ForgetfulTrust;
  readonly memory: SimButlerMemory;
  private readonly butler: Butler;
  private brands: readonly BrandConnection[] = [];

  /** `sharedTrust`: the ledger of the household this person pools verdicts with (a remembering variant only; default its own). */
  constructor(
    readonly variant: ButlerVariant,
    secret: string,
    seed: number,
    clock: () => Date,
    sharedTrust?: SimTrust,
  ) {
    this.trust = variant.remembers ? (sharedTrust ?? new SimTrust(variant.validateEvents)) : new ForgetfulTrust();
    this.memory = new SimButlerMemory(variant.profile, secret);
    this.butler = createButler({
      brands: () => this.brands,
      memory: this.memory,
      trust: this.trust,
      detectPressure: variant.detector,
      clock,
      seed,
      honestyFloor: RECOMMENDATION_FLOOR,
      haggle: true,
    });
  }

  /**
   * Shops for the need, lets the consumer pick (the top offer, or the divergent one when shown and taken), buys
   * (after a refused or failed order, once more from the best other brand), settles and reports.
   */
  async decide(ctx: DecisionContext): Promise<Decision> {
    try {
      return await this.decideOnce(ctx);
    } finally {
      this.memory.forgetCurrentRequest();
    }
  }

  /**
   * How the consumer answers a proposal: they take the butler's top pick, or the labelled option outside their bubble
   * when shown and, as described, it suits their own taste better for the money (they look at it with probability
   * `acceptDivergent`; a person can judge a style on sight, not a brand's honesty); the butler then learns from how
   * they rate what arrives. A new proposal after a switched receipt shows no such option (`shown` undefined).
   */
  private acceptProposal(ctx: DecisionContext, top: RankedOffer, shown: DivergentPick | undefined): { pick: RankedOffer; divergent: Decision['divergent'] } {
    if (shown?.kind !== 'picked') return { pick: top, divergent: 'none' };
    const looks = ctx.drawn.random.fork('divergent').chance(ctx.market.scenario.consumers.acceptDivergent);
    if (looks && perceivedSurplus(ctx, shown.offer.offer) > perceivedSurplus(ctx, top.offer)) return { pick: shown.offer, divergent: 'taken' };
    return { pick: top, divergent: 'shown' };
  }

  private async decideOnce(ctx: DecisionContext): Promise<Decision> {
    const policy = this.variant.policy;
    this.brands = inArrivalOrder(ctx.brands, ctx.arrival);
    const result = await this.butler.shop(ctx.drawn.need, { requestId: ctx.requestId });
    const { ranked, excluded } = result.ranking;
    const offers = ranked.length + excluded.length;
    const preference = [...new Set(ranked.map((r) => r.brandId))];
    const acceptable = [...preference].sort();
    const top = ranked[0];
    if (!top) return noPurchase(policy, offers === 0 ? 'no-offer' : 'nothing-acceptable', { offers });
    // The consumer answers every proposal by one rule (`acceptProposal`): the first, with its exploration slot, and each
    // new one the butler makes after a switched receipt.
    const first = this.acceptProposal(ctx, top, result.divergent);
    let pick = first.pick;
    const divergent = first.divergent;
    // Like a person told "that order was refused", the consumer takes the best offer from another brand, once.
    let fallback = ranked.find((r) => r.brandId !== pick.brandId);
    // Whether the butler had already caught the brand it buys from, read before each order (the purchase and its
    // outcome write to the ledger); only with a ledger.
    const caught = new Map<string, boolean>();
    const readCaught = (brandId: string) => {
      if (this.variant.remembers && !caught.has(brandId)) caught.set(brandId, (this.trust.view(brandId, ctx.now)?.claimsFailed ?? 0) > 0);
    };
    const consent = (offerId: string) => ({ offerId, confirmedBy: 'person' as const, channel: 'simulation' as const, at: ctx.now.toISOString() });
    readCaught(pick.brandId);
    if (fallback) readCaught(fallback.brandId);
    let purchase = await this.butler.purchase(consent(pick.offerId));
    let refusals = purchase.kind === 'refused-bait-and-switch' ? 1 : 0;
    // A switched receipt: the butler ranks the request again without the brand that switched (out of this request for
    // every butler, ledger or not) and proposes its new top pick, which the consumer answers like any proposal; at most
    // once per offer the first ranking found worth buying. A fallback is then taken from the latest ranking.
    for (let asked = 0; purchase.kind === 'refused-bait-and-switch' && purchase.reproposal?.top !== undefined && asked < ranked.length; asked += 1) {
      const latest = purchase.reproposal.ranking.ranked;
      pick = this.acceptProposal(ctx, purchase.reproposal.top, undefined).pick;
      fallback = latest.find((r) => r.brandId !== pick.brandId);
      readCaught(pick.brandId);
      if (fallback) readCaught(fallback.brandId);
      purchase = await this.butler.purchase(consent(pick.offerId));
      if (purchase.kind === 'refused-bait-and-switch') refusals += 1;
    }
    // Only where nothing was ordered: after an `unconfirmed` order (or one already under way) the first brand may hold
    // the order and the person's mandate, and a person does not buy the same thing twice while it may be live.
    if (NOTHING_ORDERED.has(purchase.kind)) {
      if (fallback) {
        const retry = await this.butler.purchase(consent(fallback.offerId));
        if (retry.kind === 'refused-bait-and-switch') refusals += 1;
        if (retry.kind === 'purchased') {
          pick = fallback;
          purchase = retry;
        }
      }
    }
    const base = { offers, acceptable, preference, divergent, refusals };
    switch (purchase.kind) {
      case 'purchased': {
        const settled = settleOrder(ctx, purchase.order.offer, purchase.receipt);
        this.butler.reportOutcome(purchase.order.orderId, settled.report);
        const budget = ctx.drawn.need.budget?.amountMinor ?? Number.POSITIVE_INFINITY;
        return {
          policy,
          status: 'purchased',
          ...base,
          brandId: pick.brandId,
          productId: productIdOfSku(purchase.receipt.sku),
          price: pick.offer.price.amountMinor,
          charged: settled.charged,
          welfare: settled.welfare,
          budgetViolation: settled.charged > budget,
          claimsFailed: settled.claimsFailed,
          late: settled.late,
          refusals,
          ...(this.variant.remembers ? { sellerCaught: caught.get(pick.brandId) === true } : {}),
        };
      }
      case 'refused-bait-and-switch':
        return { ...noPurchase(policy, 'refused-bait-and-switch', base), brandId: pick.brandId, price: pick.offer.price.amountMinor };
      case 'blocked-by-policy':
        return noPurchase(policy, 'blocked-by-policy', base);
      case 'not-available':
      case 'already-ordered':
      // Unreachable here (the consumer picks among ranked offers), counted as not available if it ever happened.
      case 'excluded-by-ranking':
        return noPurchase(policy, 'not-available', base);
      // Unknown outcome: no receipt to settle (the simulated brands always answer; counted as a failed order if not).
      case 'unconfirmed':
      case 'failed':
        return noPurchase(policy, 'order-failed', base);
    }
  }
}

/**
 * What an offer looks worth to the consumer on sight: the money value of a product matching their true tastes (the
 * taste share of their utility, from the attributes as described) minus its price. Quality and honesty are not
 * visible before delivery, so they play no part.
 */
function perceivedSurplus(ctx: DecisionContext, offer: Offer): number {
  const persona = ctx.drawn.persona;
  const taste = 1 - ctx.market.scenario.consumers.qualityWeight;
  return persona.valueMinor * taste * preferenceMatch(persona, offer.product.attributes) - offer.price.amountMinor;
}
