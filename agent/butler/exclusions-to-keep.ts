import type { Ranking } from '../decision/index.ts';
import type { RankingExclusion } from './butler-memory.ts';
import type { BrandRound } from './gather-evidence.ts';

/**
 * What a ranking excluded, as the memory keeps it for purchases to read: each excluded offer with its reasons, and each
 * offer a negotiation revised with the reasons of the revision it became. The ranking judges a negotiation by its final
 * offer, but the memory keeps the opening one too (a brand's price history, and an id a purchase can name): left
 * without an exclusion, the opening offer of a revision excluded for instructions aimed at the butler, or for a brand
 * below the floor, could be bought by its id (ids a brand chooses, and can put in its texts). `later` adds reasons that
 * hold only from a later moment (`deadlineExclusions`).
 */
export function exclusionsToKeep(ranking: Pick<Ranking, 'excluded'>, rounds: readonly BrandRound[], later: readonly RankingExclusion[] = []): RankingExclusion[] {
  const kept: RankingExclusion[] = ranking.excluded.map((e) => ({ requestId: e.offer.requestId, offerId: e.offerId, reasons: e.reasons.map((r) => ({ code: r.code, detail: r.detail })) }));
  const byOfferId = new Map(kept.map((e) => [e.offerId, e]));
  for (const round of rounds) {
    for (const n of round.negotiated) {
      if (n.original.offerId === n.offer.offerId || byOfferId.has(n.original.offerId)) continue;
      const final = byOfferId.get(n.offer.offerId);
      if (final) kept.push({ requestId: n.original.requestId, offerId: n.original.offerId, reasons: final.reasons });
    }
  }
  // Reasons that hold from a later moment (`later`, e.g. the deadline's) join the offer's own, or make its record.
  for (const e of later) {
    const own = kept.findIndex((k) => k.offerId === e.offerId && k.requestId === e.requestId);
    if (own === -1) kept.push(e);
    else {
      // A reason the ranking already gives for good is not given again for later.
      const reasons = kept[own]!.reasons;
      kept[own] = { ...kept[own]!, reasons: [...reasons, ...e.reasons.filter((r) => !reasons.some((o) => o.code === r.code && o.from === undefined))] };
    }
  }
  return kept;
}
