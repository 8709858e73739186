// The person's own report, written in French, is read like an English one: "pas imperméable" contradicts the
// waterproof claim, "en retard" the delivery promise, "imperméable, parfait" verifies it. On main only English words
// were read, so a French report recorded the delivery as described.
import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, LedgerTrust, createButler, type TrustObservation } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { openDatabase } from '../../storage/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');

/** A butler holding one placed order of a waterproof, organic-cotton trail shoe delivered in 3 days; reports `text`. */
function report(text: string): readonly TrustObservation[] {
  const memory = new InMemoryButlerMemory();
  const offer = {
    offerId: 'trailco:req-1:1',
    requestId: 'req-1',
    brandId: 'trailco',
    product: { sku: 'trail-1', title: 'Trail shoe', maker: 'Trailco', category: 'running-shoes', attributes: { waterproof: true, organic: true } },
    quantity: 1,
    price: { amountMinor: 12_000, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-11-30T00:00:00.000Z',
    claims: [],
    round: 0,
  } as Offer;
  memory.recordOffers([offer], NOW.toISOString());
  memory.saveOrder({ orderId: 'ord-1', requestId: 'req-1', brandId: 'trailco', offer, mandate: issueMandate(offer, { mandateId: 'mandate-1', now: NOW }), status: 'placed', placedAt: NOW.toISOString() });
  const butler = createButler({ brands: () => [], memory, trust: new LedgerTrust(new TrustLedger(openDatabase({ path: ':memory:' }))), detectPressure: detectPressureTactics, clock: () => NOW, honestyFloor: RECOMMENDATION_FLOOR });
  const result = butler.reportOutcome('ord-1', { text });
  expect(result.kind).toBe('recorded');
  return (result as Extract<typeof result, { kind: 'recorded' }>).observations;
}

const verdicts = (observations: readonly TrustObservation[]) =>
  observations.filter((o) => o.kind === 'claim-contradicted' || o.kind === 'claim-verified').map((o) => [o.kind, 'attribute' in o ? o.attribute : ''] as const);

describe('a report written in French', () => {
  it('reads "pas imperméable" and "arrivé en retard" as what contradicts the claims', () => {
    const observations = report('Arrivé en retard et pas du tout imperméable.');
    expect(verdicts(observations)).toEqual([
      ['claim-contradicted', 'waterproof'],
      ['claim-contradicted', 'delivery_days'],
    ]);
    expect(observations.at(-1)).toMatchObject({ kind: 'order-outcome', asDescribed: false, satisfied: false });
  });

  it('reads "ne sont pas bio" and "bio est faux" alike, and a plain mention as verified', () => {
    expect(verdicts(report('Les chaussures ne sont pas bio, mais bien imperméables ? oui : imperméable, parfait'))).toEqual([
      ['claim-contradicted', 'organic'],
      ['claim-verified', 'waterproof'],
    ]);
    expect(verdicts(report('Le coton bio est faux.'))).toEqual([['claim-contradicted', 'organic']]);
  });

  it('leaves English reports read as before', () => {
    expect(verdicts(report('arrived late, not waterproof'))).toEqual([
      ['claim-contradicted', 'waterproof'],
      ['claim-contradicted', 'delivery_days'],
    ]);
    expect(verdicts(report('waterproof indeed, and organic'))).toEqual([
      ['claim-verified', 'organic'],
      ['claim-verified', 'waterproof'],
    ]);
  });
});
