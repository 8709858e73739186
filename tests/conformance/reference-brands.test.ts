import { describe, expect, it } from 'vitest';
import { REFERENCE_BRAND_IDS, createReferenceBrand, listReferenceBrands } from '../../brand-agent/reference/index.ts';
import type { ConformanceReport } from '../../brand-agent/conformance/index.ts';
import { conformanceOf, idsWith } from './run-in-memory.ts';

describe('the reference market is conformant', () => {
  const reports = new Map<string, ConformanceReport>();

  // Bait-and-switch brands (and on-off brands in their "off" phase) exist to test the butler: their receipts differ
  // from the accepted offer, which the conformance kit must report (issue #13), and nothing else.
  const strategyOf = new Map(listReferenceBrands().map((b) => [b.id, b.strategy]));

  it.each([...REFERENCE_BRAND_IDS])('%s passes every check (in-memory), receipt-switching brands all but order.receipt', async (id) => {
    const report = await conformanceOf(createReferenceBrand(id));
    reports.set(id, report);
    const strategy = strategyOf.get(id);
    if (strategy === 'bait-and-switch') expect(idsWith(report, 'fail')).toEqual(['order.receipt']);
    else if (strategy === 'on-off') expect(['order.receipt']).toEqual(expect.arrayContaining(idsWith(report, 'fail')));
    else expect(idsWith(report, 'fail')).toEqual([]);
    expect(report.brandId).toBe(id);
    // Every reference brand advertises every capability, so only content-dependent checks may be skipped.
    expect(idsWith(report, 'skip').filter((c) => c !== 'offer.discount' && c !== 'capability.unadvertised-refused' && c !== 'hello.key-proof')).toEqual([]);
  });

  it('left no built-in brand untested, and the discount check really ran on brands that claim discounts', () => {
    expect([...reports.keys()].sort()).toEqual(listReferenceBrands().map((b) => b.id).sort());
    const discountChecked = [...reports.values()].filter((r) => r.results.find((c) => c.id === 'offer.discount')?.status === 'pass');
    expect(discountChecked.length).toBeGreaterThan(0);
    expect([...strategyOf.values()]).toContain('bait-and-switch');
  });
});
