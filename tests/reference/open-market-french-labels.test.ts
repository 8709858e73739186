import { describe, expect, it } from 'vitest';
import { knownAttributeLabelIn } from '../../agent/language/index.ts';
import { loadDemoMarket } from '../../brand-agent/reference/index.ts';
import { isBuiltinCategory } from '../../protocol/index.ts';

// Majordome names attributes only with its own words (never a card's labels): every attribute the open market's brands
// declare has a French name written in agent/language, so French explanations of the open market stay readable.

describe('Majordome’s French names for the open market’s attributes', () => {
  it('covers every attribute an open-market category declares, acronyms kept as written', () => {
    const market = loadDemoMarket();
    const names = new Set(market.categories.filter((c) => !isBuiltinCategory(c)).flatMap((c) => (market.attributeSchemaOf(c) ?? []).map((a) => a.name)));
    expect(names.size).toBeGreaterThan(100);
    const missing = [...names].filter((name) => knownAttributeLabelIn(name, 'fr') === undefined);
    expect(missing).toEqual([]);
    expect(knownAttributeLabelIn('noise_db', 'fr')).toBe('niveau sonore');
    expect(knownAttributeLabelIn('size_eu', 'fr')).toBe('pointure (EU)');
    expect(knownAttributeLabelIn('mips', 'fr')).toBe('MIPS');
    expect(knownAttributeLabelIn('gtin', 'fr')).toBe('GTIN (EAN)');
    expect(knownAttributeLabelIn('noise_db', 'en')).toBe('noise db');
  });
});
