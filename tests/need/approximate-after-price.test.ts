import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "80 € environ", "£70 or so": an approximation said after the price is a budget of about that much, as "environ 80 €"
// is (up to ten per cent more). Fails on 032bab7.
describe('an approximation said after the price', () => {
  it('reads "80 € environ", "£70 or so", "100 euros à peu près" as around', () => {
    expect(read('croquettes pour chien, sac de 12 kg, 80 € environ').budget?.amountMinor).toBe(8800);
    expect(read('a kettle, £70 or so').budget?.amountMinor).toBe(7700);
    expect(read('une bouilloire, 100 euros à peu près').budget?.amountMinor).toBe(11000);
  });

  it('keeps a price said with a ceiling a ceiling', () => {
    expect(read('a kettle, max 70 € roughly').budget?.amountMinor).toBe(7000);
    expect(read('a kettle, 70 € max').budget?.amountMinor).toBe(7000);
  });
});
