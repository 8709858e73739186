// A deadline near year 0 put the moment an offer stops arriving in time before year 0 ('-000001-…'), which the SQLite
// memory's reader rejected: reading that offer's exclusion threw, and the purchase gate with it. No stored `from` is
// unreadable now, and a row stored so by an older butler is read with that reason holding now, its other reasons kept.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SqliteButlerMemory } from '../../agent/butler/index.ts';
import { deadlineExclusions } from '../../agent/butler/deadline-exclusions.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

const AT = '2026-03-02T10:00:00.000Z';

function offer(offerId: string, deliveryDays: number): Offer {
  return {
    offerId,
    requestId: 'req-1',
    brandId: 'brand-a',
    product: { sku: `sku-${offerId}`, title: 'A kettle', maker: 'Maker', category: 'kettles', attributes: {} },
    quantity: 1,
    price: { amountMinor: 4_000, currency: 'EUR' },
    terms: { deliveryDays, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2027-12-31T00:00:00.000Z',
    claims: [],
    pitch: 'A kettle.',
    round: 0,
  };
}

describe('deadline exclusions near year 0 (review mend36a)', () => {
  it('never stores a `from` the reader cannot read; an offer that cannot arrive in time is excluded now', () => {
    const offers = [offer('o-1', 1), offer('o-2', 5), offer('o-3', 60)];
    const memory = new SqliteButlerMemory(new ButlerStore(openDatabase({ path: ':memory:' })), () => new Date(AT));
    for (const deadline of ['0000-01-03T00:00:00.000Z', '1970-01-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z']) {
      const exclusions = deadlineExclusions(offers, deadline);
      for (const e of exclusions) for (const r of e.reasons) if (r.from !== undefined) expect(z.iso.datetime().safeParse(r.from).success, r.from).toBe(true);
      memory.recordRankingExclusions('req-1', exclusions, AT);
      for (const o of offers) {
        const read = memory.rankingExclusion('req-1', o.offerId);
        expect(read?.reasons.map((r) => r.code)).toEqual(['missed-deadline']);
      }
    }
    // The year-0 deadline: every offer already misses it, so no reason waits for a later moment.
    expect(deadlineExclusions(offers, '0000-01-03T00:00:00.000Z').every((e) => e.reasons.every((r) => r.from === undefined))).toBe(true);
    // A deadline after 1970 keeps every `from` as it was.
    expect(deadlineExclusions(offers, '2026-03-09T00:00:00.000Z').map((e) => e.reasons[0]?.from)).toEqual(['2026-03-08T00:00:00.000Z', '2026-03-04T00:00:00.000Z', '2026-01-08T00:00:00.000Z']);
  });

  it('a stored row with an unreadable `from` is read, that reason holding now and the others as stored', () => {
    const store = new ButlerStore(openDatabase({ path: ':memory:' }));
    const memory = new SqliteButlerMemory(store, () => new Date(AT));
    const reasons = [
      { code: 'missed-deadline', detail: 'delivers in 5 days', from: '-000001-12-29T00:00:00.000Z' },
      { code: 'over-budget', detail: 'over the budget' },
    ];
    store.replaceRankingExclusions('req-1', [{ requestId: 'req-1', offerId: 'o-1', reasons: JSON.stringify(reasons), rankedAt: AT }]);
    memory.recordRankingExclusions('req-2', [{ requestId: 'req-2', offerId: 'o-2', reasons: [{ code: 'injection', detail: 'an injection' }] }], AT);
    const read = memory.rankingExclusion('req-1', 'o-1');
    expect(read?.reasons.map((r) => [r.code, r.from])).toEqual([
      ['missed-deadline', undefined],
      ['over-budget', undefined],
    ]);
    expect(read?.reasons[0]?.detail).toContain('holds now');
    expect(memory.rankingExclusion('req-2', 'o-2')?.reasons.map((r) => r.code)).toEqual(['injection']);
  });
});
