import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_LENGTH, TrustLedgerError, type TrustEventInput } from '../../agent/trust/index.ts';
import { at, ev, honest, memoryLedger, T0 } from './trust-fixtures.ts';

/** Runs `act`, expecting a TrustLedgerError with `code`, and checks that nothing at all was written. */
function expectRejected(code: TrustLedgerError['code'], act: (ledger: ReturnType<typeof memoryLedger>['ledger']) => unknown) {
  const s = memoryLedger();
  s.ledger.registerBrand({ brandId: 'trailco', registeredAtMs: T0 });
  s.ledger.appendMany(honest('trailco', 0));
  const head = s.ledger.head();
  const score = s.ledger.scoreOf('trailco', T0);
  const rows = s.db.sqlite.prepare('SELECT * FROM trust_scores').all();
  let thrown: unknown;
  try {
    act(s.ledger);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(TrustLedgerError);
  expect((thrown as TrustLedgerError).code).toBe(code);
  expect(s.ledger.head()).toEqual(head);
  expect(s.ledger.eventCount()).toBe(2);
  expect(s.db.sqlite.prepare('SELECT * FROM trust_scores').all()).toEqual(rows);
  expect(s.ledger.scoreOf('trailco', T0)).toEqual(score);
  expect(s.ledger.verify().ok).toBe(true);
  return thrown as TrustLedgerError;
}

const good = (day: number) => ev.verified('trailco', day);
/** Deliberately malformed input, as an untyped caller (or a bug) would send it. */
const raw = (value: unknown) => value as TrustEventInput;

describe('bad input gets a typed error and nothing partial is written', () => {
  it('an unknown brand, even after valid events in the same batch', () => {
    const error = expectRejected('UNKNOWN_BRAND', (l) => l.appendMany([good(1), good(2), ev.verified('nobody', 3)]));
    expect(error.details).toMatchObject({ brandId: 'nobody', index: 2 });
    expectRejected('UNKNOWN_BRAND', (l) => l.scoreOf('nobody'));
    expectRejected('UNKNOWN_BRAND', (l) => l.eventsFor('nobody'));
    expectRejected('UNKNOWN_BRAND', (l) => l.linkIdentities('trailco', 'nobody', { reason: 'manual', detail: 'x' }));
  });

  it('malformed evidence: missing fields, wrong kinds, no offer or order named', () => {
    const error = expectRejected('INVALID_EVENT', (l) =>
      l.appendMany([good(1), raw({ kind: 'claim-contradicted', brandId: 'trailco', occurredAt: at(2), evidence: { offerId: 'o', claim: { attribute: 'weight_g', asserted: 300 }, source: 'delivery' } })]),
    );
    expect(error.details).toMatchObject({ index: 1 });
    expectRejected('INVALID_EVENT', (l) => l.append({ kind: 'claim-verified', brandId: 'trailco', occurredAt: at(1), evidence: { claim: { attribute: 'weight_g', asserted: 1 }, source: 'delivery' } }));
    expectRejected('INVALID_EVENT', (l) => l.append(raw({ kind: 'gossip', brandId: 'trailco', occurredAt: at(1), evidence: {} })));
    expectRejected('INVALID_EVENT', (l) => l.append({ ...good(1), occurredAt: 'yesterday' }));
    expectRejected('INVALID_EVENT', (l) => l.append({ ...good(1), brandId: 'trail co; DROP TABLE brands' }));
  });

  it('NaN and infinite weights', () => {
    expectRejected('INVALID_EVENT', (l) => l.appendMany([good(1), ev.fit('trailco', 2, Number.NaN)]));
    expectRejected('INVALID_EVENT', (l) => l.append(ev.fit('trailco', 2, Number.POSITIVE_INFINITY)));
    expectRejected('INVALID_EVENT', (l) => l.append(ev.fit('trailco', 2, 1.5)));
    expectRejected('INVALID_EVENT', (l) => l.append(raw({ ...ev.contradicted('trailco', 2), evidence: { ...(ev.contradicted('trailco', 2).evidence as object), stake: { amountMinor: Number.NaN, currency: 'EUR' } } })));
    expectRejected('INVALID_EVENT', (l) => l.append(raw({ ...ev.tactic('trailco', 2), evidence: { tactic: 'urgency', excerpt: { text: 'hurry' }, confidence: Number.NaN } })));
    expectRejected('INVALID_TIME', (l) => l.scoreOf('trailco', Number.NaN));
  });

  it('enormous excerpts', () => {
    const huge = 'Only 2 left! '.repeat(200);
    expect(huge.length).toBeGreaterThan(MAX_EXCERPT_LENGTH);
    const error = expectRejected('INVALID_EVENT', (l) => l.appendMany([good(1), raw({ ...ev.tactic('trailco', 2), evidence: { tactic: 'scarcity', excerpt: { text: huge } } })]));
    expect(JSON.stringify(error.details)).toContain('excerpt');
  });

  it('an identity linked to itself', () => {
    expectRejected('INVALID_LINK', (l) => l.linkIdentities('trailco', 'trailco', { reason: 'manual', detail: 'oops' }));
  });

  it('a brand registration with a bad id', () => {
    expectRejected('INVALID_EVENT', (l) => l.registerBrand({ brandId: '' }));
  });
});
