import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';

// A Japanese M月D日 date that no calendar has (month 0 or 13, 30 February, 31 April) is no date and never a price: it
// sets no deadline and no budget, and the reader says it did not understand it. Rows written for mendrev38 beside
// review38b's ('13月5日まで' had become a budget of 5).
const NOW = new Date('2028-03-07T10:00:00Z');
const read = (text: string) => understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });

describe('an impossible Japanese date', () => {
  for (const text of ['ヘッドホン 13月5日まで', 'ヘッドホン 2月30日まで', 'ヘッドホン、1万円以下、0月12日まで', 'ランニングシューズ 27cm、1万5千円以下、4月31日までに']) {
    it(text, () => {
      const u = read(text);
      expect(u.kind).not.toBe('unsupported');
      const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
      expect(need?.deadline).toBeUndefined();
      const said = /(\d+)万(?:(\d)千)?円/.exec(text);
      const budget = said ? Number(said[1]) * 10_000 + Number(said[2] ?? 0) * 1_000 : undefined;
      expect(need?.budget?.amountMinor).toBe(budget);
      expect(u.kind === 'need' || u.kind === 'clarify' ? u.notUnderstood.join(' ') : '').toMatch(/impossible/);
    });
  }

  it('a possible one is still the deadline', () => {
    const u = read('ヘッドホン、2万円以下、2月29日まで');
    expect(u.kind === 'need' ? u.need.deadline : undefined).toBe('2032-02-29T23:59:59.999Z');
  });
});
