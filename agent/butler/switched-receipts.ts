import type { Offer, Receipt } from '../../protocol/index.ts';
import type { ReceiptMismatch } from '../consent/index.ts';
import { EXCLUSION_BLOCKS_PURCHASE } from './purchase.ts';
import type { Language } from '../language/index.ts';
import type { OrderRecord } from './butler-memory.ts';
import type { ShoppingResult } from './shop.ts';
import { reproposalReason, type OfferRevision, type Reproposal } from './reproposal.ts';
import { switchedOffer } from './switched-offer.ts';

/** Requests whose ranking the butler keeps in the process to rank again after a switched receipt (oldest dropped first). */
const KEPT_REQUESTS = 64;

/** Offers made of switched receipts kept in the process for the person to accept (oldest dropped first). */
const KEPT_REVISIONS = 256;

/**
 * What the butler keeps to answer a switched receipt with a new proposal: the rankings of its latest requests (able to
 * rank again, `ShoppingResult.rankAgain`) and the offers it made of switched receipts, until the person accepts one.
 * In the process only: after a restart a switched receipt is refused and reported without a new proposal, and an offer
 * made of one is unknown (asked again, never ordered under another id).
 */
export class SwitchedReceipts {
  private readonly requests = new Map<string, { readonly rankAgain: ShoppingResult['rankAgain']; readonly language: Language | undefined }>();
  private readonly revisions = new Map<string, OfferRevision>();

  /**
   * Keeps a shopping result's ranking to rank again, under the request id of each offer it valued (each brand is asked
   * under an id of its own, `brandRequestId`, which its offers and orders carry).
   */
  remember(result: Pick<ShoppingResult, 'rankAgain' | 'need' | 'ranking'>): void {
    const entry = { rankAgain: result.rankAgain, language: result.need.language };
    for (const requestId of new Set([...result.ranking.ranked, ...result.ranking.excluded].map((r) => r.offer.requestId))) keep(this.requests, requestId, entry, KEPT_REQUESTS);
  }

  /** An offer made of a switched receipt, by its id. */
  revisionOf(offerId: string): OfferRevision | undefined {
    return this.revisions.get(offerId);
  }

  /**
   * The new proposal after the receipt of `order` contradicted the offer the person accepted: the brand's offer as
   * charged (`switchedOffer`) in place of the accepted one, the request ranked again, the new top pick and the reason.
   * Undefined when the request's ranking is no longer kept.
   */
  repropose(order: OrderRecord, receipt: Receipt, mismatches: readonly ReceiptMismatch[], brandName: (brandId: string) => string): Reproposal | undefined {
    const kept = this.requests.get(order.requestId);
    if (kept === undefined) return undefined;
    const accepted: Offer = order.offer;
    const switched = switchedOffer(accepted, receipt);
    const ranking = kept.rankAgain(accepted.offerId, switched);
    if (ranking === undefined) return undefined;
    if (switched !== undefined) {
      const ordersAs = this.revisions.get(accepted.offerId)?.ordersAs ?? accepted;
      const excluded = ranking.excluded.find((e) => e.offerId === switched.offerId);
      const blocking = excluded?.reasons.filter((r) => EXCLUSION_BLOCKS_PURCHASE[r.code]) ?? [];
      const exclusion = blocking.length === 0 ? undefined : { requestId: switched.requestId, offerId: switched.offerId, reasons: blocking.map((r) => ({ code: r.code, detail: r.detail })) };
      keep(this.revisions, switched.offerId, { offer: switched, ordersAs, exclusion }, KEPT_REVISIONS);
    }
    const reason = reproposalReason(accepted, mismatches, ranking, { brandName, language: kept.language });
    return { switched, ranking, top: ranking.ranked[0], reason };
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
