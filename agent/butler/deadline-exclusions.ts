import type { Offer } from '../../protocol/index.ts';
import type { RankingExclusion } from './butler-memory.ts';

const DAY_MS = 86_400_000;

/**
 * The exclusions the person's deadline holds over stored offers from a later moment: each offer stops arriving in time
 * once it is ordered after `deadline` less its delivery days, and from then on it may not be bought ('missed-deadline'
 * with `from`). The ranking checks the deadline at the moment it ranks; an offer stays orderable for days (its
 * validUntil), and bought four days later a 3-day delivery ranked as arriving two days before the deadline arrives two
 * days after it. An offer that already misses it is excluded by the ranking itself, with no `from` (as here when that
 * moment would be before 1970).
 */
export function deadlineExclusions(offers: readonly Offer[], deadline: string | undefined): RankingExclusion[] {
  if (deadline === undefined) return [];
  const at = Date.parse(deadline);
  if (!Number.isFinite(at)) return [];
  return offers.map((offer) => {
    const fromMs = at - offer.terms.deliveryDays * DAY_MS;
    // A moment before 1970 has long passed (and before year 0 has no ISO time a reader takes): the offer can no longer
    // arrive in time, and the reason holds now, with no `from`.
    if (fromMs < 0) {
      return {
        requestId: offer.requestId,
        offerId: offer.offerId,
        reasons: [{ code: 'missed-deadline', detail: `delivers in ${offer.terms.deliveryDays} days: it cannot arrive by the ${deadline.slice(0, 10)} deadline` }],
      };
    }
    const from = new Date(fromMs).toISOString();
    return {
      requestId: offer.requestId,
      offerId: offer.offerId,
      reasons: [{ code: 'missed-deadline', detail: `delivers in ${offer.terms.deliveryDays} days: ordered after ${from.slice(0, 16).replace('T', ' ')} UTC it arrives after the ${deadline.slice(0, 10)} deadline`, from }],
    };
  });
}
