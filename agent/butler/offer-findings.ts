import type { Ranking } from '../decision/index.ts';
import { orderFindingCodes } from '../trust/index.ts';

/** Offers whose findings are kept for a later purchase: the rankings of the last requests, several times over. */
const KEPT_OFFERS = 2000;

/**
 * The honesty finding codes of the offers the butler ranked, kept in the process until the person buys one: a purchase
 * stores them with its order (`OrderRecord.findings`) and the outcome report hands them to the ledger, so the person's
 * deliveries teach what each finding predicts (`FindingRecord`). Bounded (oldest offers dropped first); an offer ranked
 * before a restart and bought after it is ordered without findings, and its delivery teaches nothing about them.
 */
export class OfferFindings {
  private readonly byOffer = new Map<string, readonly string[]>();

  /** Keeps the findings of every offer a ranking valued (ranked or excluded), each code once, sorted. */
  remember(ranking: Pick<Ranking, 'ranked' | 'excluded'>): void {
    for (const r of [...ranking.ranked, ...ranking.excluded]) {
      const codes = orderFindingCodes(r.scores.honesty.evidence.map((i) => i.code));
      this.byOffer.delete(r.offerId);
      this.byOffer.set(r.offerId, codes);
    }
    for (const key of this.byOffer.keys()) {
      if (this.byOffer.size <= KEPT_OFFERS) break;
      this.byOffer.delete(key);
    }
  }

  /** The findings of a ranked offer; undefined when it was not ranked in this process (or dropped since). */
  of(offerId: string): readonly string[] | undefined {
    return this.byOffer.get(offerId);
  }
}
