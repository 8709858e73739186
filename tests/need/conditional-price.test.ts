import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A price said as the condition of a wish ("if it's under 150 then with a case", "si c'est moins de 80 €, avec
// étui") is no budget; the ceiling said plainly is. On main (335da7e) the lower, conditional figure was the budget.

describe('a price said as a condition', () => {
  it('is not the budget; the plain ceiling is', () => {
    expect(read('a tablet, if it\'s under 150 then with a keyboard, 250 max').budget?.amountMinor).toBe(25000);
    expect(read('une tablette, si c\'est moins de 180 € avec clavier sinon sans, 260 € max').budget?.amountMinor).toBe(26000);
  });

  it('leaves no budget when it is the only figure', () => {
    expect(read('headphones, wireless if under 70').budget).toBeUndefined();
  });
});
