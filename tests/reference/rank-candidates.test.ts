import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../brand-agent/index.ts';
import { rankCandidates, type Candidate } from '../../brand-agent/reference/shared/index.ts';

function candidate(sku: string, weight: number, amountMinor: number): Candidate {
  const entry: CatalogEntry = {
    product: { sku, title: `Shoe ${sku}`, category: 'running-shoes', attributes: { weight_g: weight } },
    price: { amountMinor, currency: 'EUR' },
    stock: 5,
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
  };
  return { entry, violations: [], total: { amountMinor, currency: 'EUR' } };
}

describe('rankCandidates', () => {
  const candidates = [candidate('a', 300, 12_000), candidate('b', 250, 13_000), candidate('c', 250, 11_000)];

  it('returns each candidate as entry, violations, total and score, in that key order, sharing the candidate’s parts', () => {
    for (const preferences of [[], [{ attribute: 'weight_g', direction: 'lower' as const, weight: 1 }]]) {
      for (const ranked of rankCandidates(candidates, preferences)) {
        expect(Object.keys(ranked)).toEqual(['entry', 'violations', 'total', 'score']);
        const source = candidates.find((c) => c.entry === ranked.entry)!;
        expect(ranked.violations).toBe(source.violations);
        expect(ranked.total).toBe(source.total);
      }
    }
  });

  it('ranks by preference score, then cheaper, then sku', () => {
    const ranked = rankCandidates(candidates, [{ attribute: 'weight_g', direction: 'lower', weight: 1 }]);
    expect(ranked.map((r) => [r.entry.product.sku, r.score])).toEqual([
      ['c', 1],
      ['b', 1],
      ['a', 0],
    ]);
    expect(rankCandidates(candidates, []).map((r) => [r.entry.product.sku, r.score])).toEqual([
      ['c', 1],
      ['a', 1],
      ['b', 1],
    ]);
  });
});
