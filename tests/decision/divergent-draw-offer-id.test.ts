// Red team (exploration slot): each ranked offer's Thompson draw was forked on its offer id, which the brand chooses.
// The stream is the seed (the app's is 1, the same for every install) forked on the request id (sent to every brand on
// main): a brand could try offer ids until its newcomer's draw won the "outside your bubble" slot. The draw is now
// forked on the offer's place in the ranking, so no id a brand picks changes whether, or what, the slot surfaces.
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../protocol/index.ts';
import { pickDivergent, rankOffers } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

const USUAL = { brandIds: ['acme', 'bolt', 'crux', 'dune'], styles: { terrain: ['trail'] } };

/** Four usual brands and a newcomer whose offer id is `freshId`. */
function rankingWith(freshId: string) {
  const offers = ['acme', 'bolt', 'crux', 'dune', 'fresh'].map((brandId, i) =>
    shoeOffer({ brandId, ...(brandId === 'fresh' ? { offerId: freshId } : {}), price: { amountMinor: 12_000 + i * 300, currency: 'EUR' } }),
  );
  return rankOffers(scoreRound(offers), { need: trailNeed(), honestyFloor: 0.35 });
}

const outcome = (freshId: string, seed: number) => {
  const pick = pickDivergent({ ranking: rankingWith(freshId), history: USUAL, appetite: 1, random: createSeededRandom(seed) });
  return pick.kind === 'picked' ? `picked ${pick.offer.brandId}` : pick.reason;
};

describe('the exploration slot', () => {
  it('(fixed) cannot be won by choosing an offer id: for one request stream, every id the newcomer tries gets the same outcome', () => {
    for (const seed of [1, 2, 3]) {
      const outcomes = new Set(Array.from({ length: 60 }, (_, i) => outcome(`fresh-try-${i}`, seed)));
      expect(outcomes.size, `seed ${seed}: ${[...outcomes].join(', ')}`).toBe(1);
    }
  });

  it('still surfaces the newcomer on some requests (the honest exploration is not lost)', () => {
    const outcomes = Array.from({ length: 100 }, (_, seed) => outcome('fresh-1', seed));
    expect(outcomes.filter((o) => o === 'picked fresh').length).toBeGreaterThan(5);
  });
});
