import { describe, expect, it } from 'vitest';
import { TRUST_EVIDENCE_SCHEMAS, describeTrustEvent } from '../../agent/trust/index.ts';
import { DAY, T0, at, ev, lie, memoryLedger } from './trust-fixtures.ts';

describe("forgiveness is per identity: a linked identity cannot wash another one's record", () => {
  it("clean requests of a fresh identity linked to a caught one forgive none of the caught identity's failures", () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'caught', registeredAtMs: T0 });
    s.ledger.registerBrand({ brandId: 'fresh', registeredAtMs: T0 });
    for (let day = 0; day < 3; day++) s.ledger.appendMany(lie('caught', day));
    s.ledger.appendMany([{ kind: 'identity-link', brandId: 'fresh', occurredAt: at(3), evidence: { linkedBrandId: 'caught', reason: 'shared-domain', detail: 'same domain' } }]);
    const linked = s.ledger.scoreOf('fresh', T0 + 3 * DAY).claimsFailed;
    expect(linked).toBeGreaterThan(2.9);
    // Twenty clean requests on the fresh identity, the same day: the caught identity's failures are still carried.
    for (let k = 0; k < 20; k++) s.ledger.appendMany([ev.clean('fresh', 3)]);
    expect(s.ledger.scoreOf('fresh', T0 + 3 * DAY).claimsFailed).toBeCloseTo(linked, 9);
    expect(s.ledger.scoreOf('caught', T0 + 3 * DAY).claimsFailed).toBeCloseTo(linked, 9);
  });
});

describe('what a clean interaction says is read one way everywhere', () => {
  it('a qualifier naming one count twice is refused, and the description follows what the model reads', () => {
    expect(TRUST_EVIDENCE_SCHEMAS['clean-interaction'].safeParse({ requestId: 'r1', clean: ['honesty', 'honesty'] }).success).toBe(false);
    expect(describeTrustEvent({ kind: 'clean-interaction', evidence: { requestId: 'r1', clean: ['pressure', 'honesty'] } })).toContain('nothing caught false, no pressure');
    expect(describeTrustEvent({ kind: 'clean-interaction', evidence: { requestId: 'r1', clean: ['pressure'] } })).toBe('clean interaction, no pressure (request r1)');
  });
});
