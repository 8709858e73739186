import { describe, expect, it } from 'vitest';
import { rankOffers } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

describe('exact ties', () => {
  const offers = [shoeOffer({ brandId: 'alpha', offerId: 'alpha-1' }), shoeOffer({ brandId: 'zulu', offerId: 'zulu-1' })];
  const candidates = scoreRound(offers);

  it('are not always won by the alphabetically first brand when a tie-break key is given', () => {
    const wins = { alpha: 0, zulu: 0 };
    for (let i = 0; i < 400; i++) {
      const ranking = rankOffers(candidates, { need: trailNeed(), honestyFloor: 0.3, tieBreakKey: `req-${i}` });
      expect(ranking.ranked[0]!.value).toBe(ranking.ranked[1]!.value);
      wins[ranking.ranked[0]!.brandId as 'alpha' | 'zulu'] += 1;
    }
    expect(wins.alpha / 400).toBeGreaterThan(0.4);
    expect(wins.alpha / 400).toBeLessThan(0.6);
  });

  it('still do not depend on arrival order, for the same key', () => {
    const forward = rankOffers(candidates, { need: trailNeed(), honestyFloor: 0.3, tieBreakKey: 'req-7' });
    const backward = rankOffers([...candidates].reverse(), { need: trailNeed(), honestyFloor: 0.3, tieBreakKey: 'req-7' });
    expect(backward.ranked.map((r) => r.offerId)).toEqual(forward.ranked.map((r) => r.offerId));
  });
});
