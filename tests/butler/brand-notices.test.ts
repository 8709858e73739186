import { describe, expect, it } from 'vitest';
import { brandNoticesOf, describeBrandNotice, type ShoppingResult } from '../../agent/butler/index.ts';
import { OUT_OF_TIME } from '../../agent/negotiation/index.ts';

type Notable = Pick<ShoppingResult, 'failures' | 'negotiations'>;
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('brandNoticesOf', () => {
  it('one notice per affected brand: a brief timeout, another failure, and offers cut short counted per brand', () => {
    const result: Notable = {
      failures: [
        { brandId: 'slow', error: { code: 'TIMEOUT', message: 'timed out' } },
        { brandId: 'broken', error: { code: 'INVALID_RESPONSE', message: 'bad json' } },
        { brandId: 'broken', error: { code: 'INTERNAL', message: 'the butler failed scoring its offer' } },
      ],
      negotiations: [
        { offerId: 'a1', brandId: 'stalling', outcome: OUT_OF_TIME, rounds: 0 },
        { offerId: 'a2', brandId: 'stalling', outcome: { kind: 'unchanged', reason: 'the brand did not move' }, rounds: 1 },
        { offerId: 'a3', brandId: 'stalling', outcome: OUT_OF_TIME, rounds: 1 },
        { offerId: 'b1', brandId: 'prompt', outcome: { kind: 'improved', from: EUR(100), to: EUR(90) }, rounds: 2 },
        // Left out as a failure already: its cut-short checks add nothing.
        { offerId: 'c1', brandId: 'broken', outcome: OUT_OF_TIME, rounds: 0 },
      ],
    };
    expect(brandNoticesOf(result)).toEqual([
      { kind: 'no-answer', brandId: 'slow', code: 'TIMEOUT' },
      { kind: 'failed', brandId: 'broken', code: 'INVALID_RESPONSE' },
      { kind: 'out-of-time', brandId: 'stalling', offers: 2 },
    ]);
  });

  it('nothing to say when every brand answered and was fully checked', () => {
    expect(brandNoticesOf({ failures: [], negotiations: [{ offerId: 'b1', brandId: 'prompt', outcome: { kind: 'unchanged', reason: 'the brand did not move' }, rounds: 3 }] })).toEqual([]);
  });

  it('says each notice in English and in French', () => {
    expect(describeBrandNotice({ kind: 'out-of-time', brandId: 'x', offers: 1 }, 'en')).toMatch(/^ran out of time: its offer was not fully checked with questions/);
    expect(describeBrandNotice({ kind: 'out-of-time', brandId: 'x', offers: 3 }, 'fr')).toMatch(/^a manqué de temps : ses 3 offres n’ont pas été entièrement vérifiées/);
    expect(describeBrandNotice({ kind: 'no-answer', brandId: 'x', code: 'TIMEOUT' }, 'en')).toBe('did not answer in time: none of its offers are in this comparison');
    expect(describeBrandNotice({ kind: 'failed', brandId: 'x', code: 'INVALID_RESPONSE' }, 'fr')).toBe('n’a pas répondu correctement : aucune de ses offres n’est dans cette comparaison');
  });
});
