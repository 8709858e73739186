import type { Offer } from '../../protocol/index.ts';
import type { MarketContext } from './offer-evidence.ts';

/** The statement each learnable finding reads on an offer, as far as it can be seen without scoring the offer. */
const STATEMENT_OF_FINDING: ReadonlyMap<string, (offer: Offer) => boolean> = new Map([
  ['reference-price-unverifiable', (o: Offer) => o.discount?.kind === 'was-price'],
  ['rrp-unverifiable', (o: Offer) => o.discount?.kind === 'recommended-retail-price'],
]);

/** How many of the market's parties make each statement, by market (a round's offers are shared by all its offers). */
const SHARES = new WeakMap<readonly Offer[], Map<string, { readonly making: ReadonlySet<string>; readonly parties: ReadonlySet<string> }>>();

/**
 * How many of the sellers in the market in hand make the statement a learnable finding is about (a "was" price, an
 * RRP), and of how many sellers: `making / parties` bounds how common the finding can be among honest offers. Each
 * identity counts once however many offers it sends. A seller whose statement checked out counts as making it too, so
 * the share is never below the finding's own; `offer` (which carries the finding) counts among them. Undefined when the
 * finding's statement cannot be read off an offer, or with no market.
 */
export function marketStatementShare(code: string, offer: Offer, market: MarketContext | undefined): { readonly making: number; readonly parties: number } | undefined {
  const makes = STATEMENT_OF_FINDING.get(code);
  if (makes === undefined || market === undefined) return undefined;
  let byCode = SHARES.get(market.offers);
  if (byCode === undefined) SHARES.set(market.offers, (byCode = new Map()));
  let share = byCode.get(code);
  if (share === undefined) {
    const parties = new Set<string>();
    const making = new Set<string>();
    for (const o of market.offers) {
      parties.add(o.brandId);
      if (makes(o)) making.add(o.brandId);
    }
    byCode.set(code, (share = { making, parties }));
  }
  // The offer itself, when the market in hand does not hold it, is one more seller (making the statement: it carries the finding).
  const own = share.parties.has(offer.brandId) ? 0 : 1;
  return { making: share.making.size + (share.making.has(offer.brandId) ? 0 : 1), parties: share.parties.size + own };
}
