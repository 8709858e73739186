// An in-process seller of the red-team tests: its card (an honest strategy brand over `catalog`, headphones) and its
// answers to briefs, `offers(brief)` (none: an honest decline), schema-checked as a hand-written MCP server's would be
// and bound to its entry like every connection; questions, counters and orders refused.
import { bindBrandIdentity, type BrandConnection } from '../../agent/butler/index.ts';
import { createBrandAgentCore, type CatalogEntry } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, type NeedBriefInput, type Offer } from '../../protocol/index.ts';
import { CAPABILITY_REFUSED, schemaValidAnswer } from './schema-valid-answer.ts';

/** The connection of seller `id`, answering each brief with `offers(brief)` (empty: a decline, out of stock). */
export function quotingSeller(id: string, catalog: CatalogEntry[], offers: (brief: NeedBriefInput) => Offer[]): BrandConnection {
  const card = createBrandAgentCore(createStrategyBrand({ id, name: id, strategy: 'honest', categories: ['headphones'], catalog })).card;
  const answer = (brief: NeedBriefInput) => {
    const sent = offers(brief);
    return sent.length === 0
      ? { requestId: brief.requestId, outcome: 'decline', offers: [], decline: { requestId: brief.requestId, brandId: id, reason: 'out-of-stock', message: 'Not today.' } }
      : { requestId: brief.requestId, outcome: 'offers', offers: sent };
  };
  return bindBrandIdentity(
    {
      id,
      card,
      timeoutMs: 4_000,
      supports: (c) => card.capabilities.includes(c) && c !== 'questions' && c !== 'counters',
      requestOffers: async (brief) => schemaValidAnswer(PROTOCOL_TOOLS.requestOffers.output, answer(brief)),
      askQuestion: async () => CAPABILITY_REFUSED,
      counterOffer: async () => CAPABILITY_REFUSED,
      placeOrder: async () => CAPABILITY_REFUSED,
      getOrder: async () => CAPABILITY_REFUSED,
    },
    id,
  );
}

/** An offer of `entry` by `brandId` at `priceMinor` EUR cents answering `requestId`, valid two days from `now`. */
export function catalogOffer(brandId: string, offerId: string, requestId: string, entry: CatalogEntry, priceMinor: number, now: Date): Offer {
  return {
    offerId,
    requestId,
    brandId,
    product: entry.product,
    quantity: 1,
    price: { amountMinor: priceMinor, currency: 'EUR' },
    terms: entry.terms,
    validUntil: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
    claims: [],
    round: 0,
  };
}
