import { describe, expect, it } from 'vitest';
import { REFERENCE_BRAND_IDS, createReferenceBrand, listReferenceBrands } from '../../brand-agent/reference/index.ts';
import type { ConformanceReport } from '../../brand-agent/conformance/index.ts';
import { conformanceOf, idsWith } from './run-in-memory.ts';

describe('the reference market is conformant', () => {
  const reports = new Map<string, ConformanceReport>();

  it.each([...REFERENCE_BRAND_IDS])('%s passes every check (in-memory)', async (id) => {
    const report = await conformanceOf(createReferenceBrand(id));
    reports.set(id, report);
    expect(idsWith(report, 'fail')).toEqual([]);
    expect(report.brandId).toBe(id);
    // Every reference brand advertises every capability, so only content-dependent checks may be skipped.
    expect(idsWith(report, 'skip').filter((c) => c !== 'offer.discount' && c !== 'capability.unadvertised-refused')).toEqual([]);
  });

  it('left no built-in brand untested, and the discount check really ran on brands that claim discounts', () => {
    expect([...reports.keys()].sort()).toEqual(listReferenceBrands().map((b) => b.id).sort());
    const discountChecked = [...reports.values()].filter((r) => r.results.find((c) => c.id === 'offer.discount')?.status === 'pass');
    expect(discountChecked.length).toBeGreaterThan(0);
  });
});
