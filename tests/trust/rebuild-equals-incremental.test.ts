import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../storage/index.ts';
import { TRUST_EVENT_KINDS, emptyTrustState, foldTrustEvent, scoreTrustState, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, memoryLedger } from './trust-fixtures.ts';

const BRANDS = ['alpha', 'bravo', 'charlie', 'delta'] as const;

const money = fc.record({ amountMinor: fc.integer({ min: 0, max: 5_000_000 }), currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'USD') });
const excerpt = fc.record({ text: fc.string({ minLength: 1, maxLength: 40 }), field: fc.constantFrom('pitch', 'answer') });

/** Evidence for each kind; `linkTo` picks the identity an identity-link points at. */
const evidenceOf = (kind: (typeof TRUST_EVENT_KINDS)[number], brandId: string): fc.Arbitrary<unknown> => {
  switch (kind) {
    case 'claim-verified':
      return fc.record({ offerId: fc.constant('o-1'), claim: fc.record({ attribute: fc.constant('weight_g'), asserted: fc.integer({ min: 1, max: 900 }) }), source: fc.constant('spec-sheet') });
    case 'claim-contradicted':
      return fc.record(
        { offerId: fc.constant('o-2'), claim: fc.record({ attribute: fc.constant('weight_g'), asserted: fc.constant(300), observed: fc.integer({ min: 301, max: 900 }) }), source: fc.constant('delivery'), stake: money },
        { requiredKeys: ['offerId', 'claim', 'source'] },
      );
    case 'pressure-tactic':
      return fc.record({ tactic: fc.constantFrom('urgency', 'injection', 'sneaking', 'upsell'), excerpt, confidence: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: ['tactic', 'excerpt'] });
    case 'clean-interaction':
      // With and without what was clean (forgiveness of false statements depends on it).
      return fc.record({ requestId: fc.constant('r-1'), clean: fc.constantFrom(['honesty'], ['pressure'], ['honesty', 'pressure']) }, { requiredKeys: ['requestId'] });
    case 'offer-fit':
      return fc.record({ offerId: fc.constant('o-3'), fit: fc.double({ min: 0, max: 1, noNaN: true }) });
    case 'honest-decline':
      return fc.record({ requestId: fc.constant('r-2'), reason: fc.constant('we only sell road shoes') });
    case 'bait-and-switch':
      return fc.record({ offerId: fc.constant('o-4'), orderId: fc.constant('ord-1'), detail: fc.constant('charged 129.00 instead of 99.00'), stake: money });
    case 'order-refused':
      return fc.record({ offerId: fc.constant('o-5'), requestId: fc.constant('r-4'), code: fc.constantFrom('OUT_OF_STOCK', 'MANDATE_EXCEEDED'), detail: fc.constant('sold out'), stake: money });
    case 'order-outcome':
      return fc.oneof(
        fc.record({ orderId: fc.constant('ord-2'), outcome: fc.constantFrom('as-described', 'not-as-described', 'not-delivered', 'late'), satisfied: fc.boolean(), stake: money }, { requiredKeys: ['orderId', 'outcome'] }),
        fc.record({ orderId: fc.constant('ord-3'), satisfied: fc.boolean() }),
      );
    case 'identity-link':
      return fc.constantFrom(...BRANDS.filter((b) => b !== brandId)).map((linkedBrandId) => ({ linkedBrandId, reason: 'shared-domain', detail: 'same domain' }));
    case 'protocol-violation':
      return fc.record(
        { violation: fc.constantFrom('names-another-brand', 'too-many-offers', 'card-id-mismatch'), detail: fc.constant('an offer was labelled as another brand'), claimedBrandId: fc.constantFrom(...BRANDS), requestId: fc.constant('r-3') },
        { requiredKeys: ['violation', 'detail'] },
      );
  }
};

/** Events at arbitrary times, sometimes out of order (late reports), for a few brands. */
const eventArb: fc.Arbitrary<TrustEventInput> = fc
  .record({ brandId: fc.constantFrom(...BRANDS), kind: fc.constantFrom(...TRUST_EVENT_KINDS), minute: fc.integer({ min: 0, max: 400 * 24 * 60 }) })
  .chain(({ brandId, kind, minute }) =>
    evidenceOf(kind, brandId).map((evidence) => ({ kind, brandId, occurredAt: new Date(T0 + minute * 60_000).toISOString(), evidence }) as TrustEventInput),
  );

const scenarioArb = fc.record({
  events: fc.array(eventArb, { minLength: 1, maxLength: 60 }),
  cuts: fc.array(fc.integer({ min: 1, max: 59 }), { maxLength: 6 }),
  readDay: fc.integer({ min: 0, max: 500 }),
});

describe('cached scores equal a rebuild from the log, exactly', () => {
  it('for random event sequences appended in random batches (fast-check)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ events, cuts, readDay }) => {
        const { ledger, db } = memoryLedger();
        for (const id of BRANDS) ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
        const bounds = [...new Set([0, ...cuts.filter((c) => c < events.length), events.length])].sort((a, b) => a - b);
        for (let i = 1; i < bounds.length; i++) ledger.appendMany(events.slice(bounds[i - 1], bounds[i]));
        const atMs = T0 + readDay * DAY;
        const incremental = BRANDS.map((id) => ledger.scoreOf(id, atMs));
        const cachedRows = canonicalJson(db.sqlite.prepare('SELECT * FROM trust_scores ORDER BY brand_id').all());
        expect(ledger.verify()).toMatchObject({ ok: true, cache: { ok: true } });

        const summary = ledger.rebuild();
        expect(summary.events).toBe(events.length);
        expect(canonicalJson(db.sqlite.prepare('SELECT * FROM trust_scores ORDER BY brand_id').all())).toBe(cachedRows);
        expect(BRANDS.map((id) => ledger.scoreOf(id, atMs))).toEqual(incremental);

        // And both equal the pure model folded over each brand's events (linked identities aside).
        for (const id of BRANDS) {
          let state = emptyTrustState();
          for (const e of ledger.eventsFor(id)) state = foldTrustEvent(state, e, e.occurredAtMs);
          const pure = scoreTrustState({ brandId: id, state, atMs });
          const score = incremental.find((s) => s.brandId === id)!;
          if (score.linkedIdentities.length === 0) expect(score).toEqual(pure);
          else expect(score.honesty.positive).toBe(pure.honesty.positive);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
