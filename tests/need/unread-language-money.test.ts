import { describe, expect, it } from 'vitest';
import { statedMoney } from '../../agent/need/stated-money.ts';

const CONTEXT = { now: new Date('2029-03-06T10:00:00Z'), defaultCurrency: 'EUR' };

/** Money said in languages the butler cannot read yet is still read in its own currency, never the default one. */
describe('currency words of Indonesian, Vietnamese, Hebrew and Arabic requests', () => {
  for (const [text, code] of [
    ['Saya cari helm sepeda, maksimal Rp 750.000', 'IDR'],
    ['harga di bawah 300 ribu rupiah', 'IDR'],
    ['giày chạy bộ, giá 1.500.000 đồng', 'VND'],
    ['tai nghe dưới 900.000₫', 'VND'],
    ['נעלי ריצה עד 400 שקלים', 'ILS'],
    ['سماعات رأس بأقل من 350 درهم', 'AED'],
  ] as const) {
    it(`${text} → ${code}`, () => expect(statedMoney(text, CONTEXT).namedCurrency).toBe(code));
  }
});
