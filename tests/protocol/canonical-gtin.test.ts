import { describe, expect, it } from 'vitest';
import { ProductSchema, canonicalGtin } from '../../protocol/index.ts';

describe('canonicalGtin: one spelling per GTIN', () => {
  it('reads the GTIN-8, -12, -13 and -14 forms of one number alike', () => {
    // A GTIN-8, a UPC-A and a GTIN-14 whose indicator digit is 0, each with every padding the protocol admits.
    for (const gtin of ['96385074', '012345678905', '4006381333931']) {
      const forms = Array.from({ length: 15 - gtin.length }, (_, i) => '0'.repeat(i) + gtin).filter((g) => ProductSchema.shape.gtin.safeParse(g).success);
      expect(forms.length).toBeGreaterThan(1);
      expect(new Set(forms.map(canonicalGtin)).size).toBe(1);
    }
  });

  it('keeps an EAN-13 as written, and a GTIN-14 with a non-zero indicator whole', () => {
    expect(canonicalGtin('4006381333931')).toBe('4006381333931');
    expect(canonicalGtin('0195751015981')).toBe('0195751015981');
    expect(canonicalGtin('10012345678902')).toBe('10012345678902');
    expect(canonicalGtin('012345678905')).toBe('0012345678905');
  });

  it('never makes two different numbers one', () => {
    expect(canonicalGtin('4006381333931')).not.toBe(canonicalGtin('40063813339310'));
    expect(canonicalGtin('10012345678902')).not.toBe(canonicalGtin('0012345678902'));
  });
});
