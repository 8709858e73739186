import type { Offer } from '../../protocol/index.ts';
import type { Ranking } from '../decision/index.ts';
import type { ReceiptMismatch } from '../consent/index.ts';
import { LanguageSchema, type Language } from '../language/index.ts';
import type { OrderRecord } from './butler-memory.ts';
import type { ShoppingResult } from './shop.ts';
import { reproposalReason, type Reproposal } from './reproposal.ts';

/** Requests whose ranking the butler keeps in the process to rank again after a switched receipt (oldest dropped first). */
const KEPT_REQUESTS = 64;

/** A request's ranking kept to rank again, and the language its reason is told in. */
interface KeptRequest {
  readonly rankAgain: ShoppingResult['rankAgain'];
  readonly language: Language | undefined;
}

/**
 * What the butler keeps to answer a switched receipt with a new proposal: the rankings of its latest requests, able to
 * rank again without the brand that switched (`ShoppingResult.rankAgain`). In the process only: after a restart a
 * switched receipt is refused and reported without a new proposal.
 */
export class SwitchedReceipts {
  private readonly requests = new Map<string, KeptRequest>();

  /**
   * Keeps a shopping result's ranking to rank again, under the request id of each offer it valued (each brand is asked
   * under an id of its own, `brandRequestId`, which its offers and orders carry).
   */
  remember(result: Pick<ShoppingResult, 'rankAgain' | 'need' | 'ranking'>): void {
    // Told in a language the butler speaks: a request read in another is answered in the default one.
    const entry: KeptRequest = { rankAgain: result.rankAgain, language: LanguageSchema.safeParse(result.need.language).data };
    for (const requestId of new Set([...result.ranking.ranked, ...result.ranking.excluded].map((r) => r.offer.requestId))) keep(this.requests, requestId, entry, KEPT_REQUESTS);
  }

  /**
   * The new proposal after the receipt of `order` contradicted the offer the person accepted: the request ranked again
   * without any offer of the brand that switched (the same rule for every butler, with a ledger or without: it deceived
   * on this very deal), the new top pick and the reason. Undefined when the request's ranking is no longer kept.
   */
  repropose(
    order: OrderRecord,
    mismatches: readonly ReceiptMismatch[],
    brandName: (brandId: string) => string,
    stillOpen: (offer: Offer) => boolean = () => true,
  ): Reproposal | undefined {
    const kept = this.requests.get(order.requestId);
    const again = kept?.rankAgain(order.offer.offerId);
    if (kept === undefined || again === undefined) return undefined;
    // Only offers the person could still buy: a re-check may come days later, after offers expired or were bought.
    const ranking: Ranking = { ...again, ranked: again.ranked.filter((entry) => stillOpen(entry.offer)) };
    const reason = reproposalReason(order.offer, mismatches, ranking, { brandName, language: kept.language });
    return { ranking, top: ranking.ranked[0], reason };
  }
}

function keep<V>(map: Map<string, V>, key: string, value: V, bound: number): void {
  map.delete(key);
  map.set(key, value);
  for (const k of map.keys()) {
    if (map.size <= bound) break;
    map.delete(k);
  }
}
