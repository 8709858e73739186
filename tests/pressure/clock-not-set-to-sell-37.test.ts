import { beforeAll, describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Review of pressfix37 (branch fixpress37): the "nothing for sale" deadline rule and the "waiting costs nothing" rule
// must not silence an offer's urgency. Wordings written for this file (a language app, a quiz league, a fun run, a
// ceramics course, a plant shop), in no evaluation or training set.
describe('clock-not-set-to-sell rules leave an offer pressed (branch fixpress37)', () => {
  beforeAll(() => void labels('warm up'), 300_000);

  it('a deadline of the reader\'s own act with a price, a plan or a better price beside it is still urgency', () => {
    expect(labels('Your quiz streak ends at 23:59. Keep it going with Plus for 2.49.')).toContain('urgency');
    expect(labels('Your lesson streak ends at midnight. Keep it alive with Super for 1.99.')).toContain('urgency');
    expect(labels('Fun run entries close at midnight tonight; after that, the reduced entry is gone for good.')).toContain('urgency');
    // Honest twins: the same clocks with nothing to buy.
    expect(labels('Your quiz streak ends at 23:59 if you skip today; it starts again from one tomorrow.')).toEqual([]);
    expect(labels('Fun run entries close at midnight tonight; the route map is on the club noticeboard.')).toEqual([]);
  });

  it('saying there is no rush does not cancel an offer\'s clock or a stock count\'s urgency', () => {
    expect(labels('No need to rush: the 40 % discount on glazing classes ends at midnight tonight.')).toContain('urgency');
    expect(labels('There is no rush, but only 3 ferns left at this price and the sale ends tonight.')).toEqual(['scarcity', 'urgency']);
    // Honest twins: waiting costs nothing and nothing is on offer.
    expect(labels('There is no rush: the glazing class notes stay online until the end of term.')).toEqual([]);
    expect(labels('No need to hurry: your cart is kept for 30 minutes while you compare ferns.')).toEqual([]);
  });
});
