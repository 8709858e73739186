import { describe, expect, it } from 'vitest';
import { honestPitch } from '../../brand-agent/reference/shared/index.ts';
import { NeedBriefSchema, PROTOCOL_VERSION, type NeedBrief } from '../../protocol/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';

function entry(sku: string, attributes: Record<string, string | number | boolean>, deliveryDays = 2): CatalogEntry {
  return {
    product: { sku, title: `Shoe ${sku}`, category: 'running-shoes', attributes },
    price: { amountMinor: 9_900, currency: 'EUR' },
    stock: 5,
    terms: { deliveryDays, returnDays: 30, warrantyMonths: deliveryDays === 1 ? 0 : 24 },
  };
}

function brief(requestId: string, constrained: readonly string[], ranked: readonly string[]): NeedBrief {
  return NeedBriefSchema.parse({
    protocolVersion: PROTOCOL_VERSION,
    requestId,
    buyerId: 'buyer-1',
    category: 'running-shoes',
    quantity: 1,
    currency: 'EUR',
    issuedAt: '2026-01-12T08:59:00.000Z',
    hardConstraints: constrained.map((attribute) => ({ attribute, op: 'eq', value: 1 })),
    softPreferences: ranked.map((attribute) => ({ attribute, direction: 'higher', weight: 0.5 })),
  });
}

describe('honestPitch, written once per entry and list of asked attributes', () => {
  it('gives every pitch exactly as a fresh copy of the entry gets it (never written before), across briefs and entries', () => {
    const entries = [entry('a', { size_eu: 43, weight_g: 280, waterproof: true }), entry('b', { size_eu: 42, terrain: 'trail' }, 1), entry('c', {})];
    const briefs = [
      brief('r1', ['size_eu'], ['weight_g']),
      brief('r2', ['weight_g'], ['size_eu']),
      brief('r3', ['size_eu', 'terrain', 'waterproof'], []),
      brief('r4', [], []),
      brief('r5', ['price', 'maker', 'size_eu'], ['size_eu', 'weight_g']),
      brief('r1-again', ['size_eu'], ['weight_g']),
    ];
    for (let pass = 0; pass < 2; pass++) {
      for (const b of briefs) for (const e of entries) expect(honestPitch(e, b)).toBe(honestPitch(structuredClone(e), b));
    }
    expect(honestPitch(entries[0]!, briefs[0]!)).toBe('Shoe a. size eu: 43; weight g: 280. Delivered in 2 days, 30-day returns, 24-month warranty.');
    expect(honestPitch(entries[0]!, briefs[1]!)).toBe('Shoe a. weight g: 280; size eu: 43. Delivered in 2 days, 30-day returns, 24-month warranty.');
  });

  it('stays right past the pitches an entry holds (more asked lists than it keeps)', () => {
    const shoe = entry('d', Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`a${i}`, i])));
    const attributes = Array.from({ length: 12 }, (_, i) => `a${i}`);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 12; i++) {
        for (let j = 0; j < 12; j++) {
          const b = brief(`r-${round}-${i}-${j}`, [attributes[i]!], [attributes[j]!]);
          expect(honestPitch(shoe, b)).toBe(honestPitch(structuredClone(shoe), b));
        }
      }
    }
  });
});
