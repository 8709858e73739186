import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A change of mind inside the message: a wish said in a clause of its own and taken back for another ("…, red…
// actually no, green", "…, blanc, euh non en fait, gris"), and a figure taken back with the French "en fait" (which
// says "actually"). On main (5175a4e) both wishes were kept (a colour list) and the first figure stayed the budget.

describe('a wish or a figure taken back in the same message', () => {
  it('keeps the later wish only', () => {
    const jacket = read('a rain jacket for hiking, red or maybe yellow... actually no, green. under 200 euros');
    expect(jacket.hardConstraints).toContainEqual({ attribute: 'color', op: 'in', value: expect.arrayContaining(['green']) });
    expect(JSON.stringify(jacket.hardConstraints)).not.toMatch(/red|yellow/);
    const fleece = read('une polaire pour moi, blanche, euh non en fait, grise. 70€ max');
    expect(JSON.stringify(fleece.hardConstraints)).toMatch(/gr(ey|is)/);
    expect(JSON.stringify(fleece.hardConstraints)).not.toMatch(/white|blanc/);
  });

  it('keeps the later figure after "en fait"', () => {
    expect(read('un casque bluetooth, 60 euros max… en fait 90 ça ira').budget?.amountMinor).toBe(9000);
  });

  it('leaves a refusal after a comma as typed', () => {
    const shoes = read('trail shoes size 44, no laces, under 160 euros');
    expect(shoes.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 44 });
    expect(shoes.budget?.amountMinor).toBe(16000);
  });
});
