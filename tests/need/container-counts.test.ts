import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A count of bags and a price per bag, in French: "sacs", "bouteilles", "flacons" joined the pack nouns (requests13
// family: "2 sacs, 40e max le sac"; fails on 279d367). Requests written for this test. The budget is for the order, as
// for "80 each".
describe('a count of bags and a price per bag, in French', () => {
  it('reads "N sacs" as the quantity', () => {
    expect(read('croquettes pour chien adulte 12 kg, 3 sacs').quantity).toBe(3);
    expect(read('4 sacs de croquettes pour chiot de 2 kg chacun').quantity).toBe(4);
  });

  it('reads a price "le sac", "par sac" as a price for each', () => {
    expect(read('croquettes sans cereales, 2 sacs de 10 kg, 45 euros max le sac').budget?.amountMinor).toBe(9000);
    expect(read('croquettes chaton, 3 sacs, 20e par sac').budget?.amountMinor).toBe(6000);
  });
});
