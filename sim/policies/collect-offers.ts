import { buildBrief, buyerPseudonym, cheaperBrief, type BrandConnection } from '../../agent/butler/index.ts';
import type { Money, Offer } from '../../protocol/index.ts';
import type { DecisionContext } from './decision.ts';

/** One brand's answer as a simple agent sees it. */
export interface BrandOffers {
  readonly brand: BrandConnection;
  readonly offers: readonly Offer[];
  /** The budget ceiling the brand's brief carried (only when the person's disclosure allows it). */
  readonly disclosedBudget: Money | undefined;
}

/**
 * Sends the butler's own brief (same fields, same disclosure, same pseudonyms) to every brand selling the category and
 * returns the answers in arrival order; failures and declines count as no offers. With `alsoCheapest` (the oracles),
 * every brand is also sent the butler's "anything cheaper?" follow-up (`cheaperBrief`), whatever the first answers,
 * and its new products are added: the oracle then sees every offer the butler could ever see, so its welfare stays an
 * upper bound of the butler's.
 */
export async function collectOffers(ctx: DecisionContext, options: { readonly alsoCheapest?: boolean } = {}): Promise<BrandOffers[]> {
  const byId = new Map(ctx.brands.map((b) => [b.card.id, b]));
  const brands = ctx.arrival.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const secret = ctx.consumer.secret;
  const answers = await Promise.all(
    brands.map(async (brand) => {
      const brief = buildBrief(ctx.drawn.need, ctx.profile, { requestId: ctx.requestId, buyerId: buyerPseudonym(secret, brand.card.id), now: ctx.now }, brand.card);
      const result = await brand.requestOffers(brief, brand.timeoutMs);
      const offers = result.ok ? result.value.offers : [];
      const disclosedBudget = brief.budgetCeiling;
      if (!options.alsoCheapest) return { brand, offers, disclosedBudget };
      const again = await brand.requestOffers(cheaperBrief(brief), brand.timeoutMs);
      const seen = new Set(offers.map((o) => o.product.sku));
      const more = again.ok ? again.value.offers.filter((o) => !seen.has(o.product.sku)) : [];
      return { brand, offers: more.length > 0 ? [...offers, ...more] : offers, disclosedBudget };
    }),
  );
  return answers;
}
