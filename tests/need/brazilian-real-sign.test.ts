import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// mendleft40: "R$ 200" read as 200 US dollars. The currency table held "r$" as one word, but the tokenizer splits the
// sign into "R" glued to "$", so the table's entry was never read and the bare "$" named USD (set 22's Portuguese
// stroller row). "R" glued to the dollar sign now names the real, as "C$" names the Canadian dollar.
describe('the Brazilian real sign', () => {
  it.each([
    ['a cordless vacuum under R$ 200', 20000],
    ['a cordless vacuum under R$200', 20000],
    ['a cordless vacuum under 200 R$', 20000],
    ['a cordless vacuum under R$ 1.200,50', 120050],
    ['um aspirador sem fio até R$ 1.200,50', 120050],
  ])('%s reads as BRL', (text, minor) => {
    expect(read(text).budget).toEqual({ amountMinor: minor, currency: 'BRL' });
  });

  it('leaves the other dollars theirs', () => {
    expect(read('a cordless vacuum under $200').budget).toEqual({ amountMinor: 20000, currency: 'USD' });
    expect(read('a cordless vacuum under C$200').budget).toEqual({ amountMinor: 20000, currency: 'CAD' });
  });
});
