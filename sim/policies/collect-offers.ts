import { buildBrief, buyerPseudonym, type BrandConnection } from '../../agent/butler/index.ts';
import type { Offer } from '../../protocol/index.ts';
import type { DecisionContext } from './decision.ts';

/** One brand's answer as a simple agent sees it. */
export interface BrandOffers {
  readonly brand: BrandConnection;
  readonly offers: readonly Offer[];
}

/**
 * Sends the butler's own brief (same fields, same disclosure, same pseudonyms) to every brand selling the category and
 * returns the answers in arrival order; failures and declines count as no offers.
 */
export async function collectOffers(ctx: DecisionContext): Promise<BrandOffers[]> {
  const byId = new Map(ctx.brands.map((b) => [b.card.id, b]));
  const brands = ctx.arrival.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const secret = ctx.consumer.secret;
  const answers = await Promise.all(
    brands.map(async (brand) => {
      const brief = buildBrief(ctx.drawn.need, ctx.profile, { requestId: ctx.requestId, buyerId: buyerPseudonym(secret, brand.card.id), now: ctx.now }, brand.card);
      const result = await brand.requestOffers(brief, brand.timeoutMs);
      return { brand, offers: result.ok ? result.value.offers : [] };
    }),
  );
  return answers;
}
