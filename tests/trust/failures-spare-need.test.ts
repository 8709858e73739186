import { describe, expect, it } from 'vitest';
import { failuresSpareNeedAt, pooledNeedRecord, TRUST_PARAMETERS, type TrustEventInput } from '../../agent/trust/index.ts';
import { T0, DAY, at, lie, memoryLedger } from './trust-fixtures.ts';

/** A purchase delivered not as described; `needMet`: what arrived still met what the person required. */
const delivered = (brandId: string, day: number, needMet?: boolean): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}`, outcome: 'not-as-described', satisfied: false, stake: { amountMinor: 8_000, currency: 'EUR' }, ...(needMet === undefined ? {} : { needMet }) },
});

const asDescribed = (brandId: string, day: number): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-ok-${day}`, outcome: 'as-described', satisfied: true },
});

describe('how a brand\'s failures fall (failuresSpareNeed)', () => {
  it('is 0 for a stranger, an honest brand, a liar caught only before purchase, and a brand whose failed deliveries missed the need', () => {
    const s = memoryLedger();
    for (const id of ['honest', 'anchor-liar', 'missed', 'unknown']) s.ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    s.ledger.appendMany([asDescribed('honest', 1), asDescribed('honest', 2)]);
    s.ledger.appendMany([...lie('anchor-liar', 1), ...lie('anchor-liar', 2)]);
    s.ledger.appendMany([delivered('missed', 1, false), delivered('missed', 2, false)]);
    s.ledger.appendMany([delivered('unknown', 1), delivered('unknown', 2)]);
    for (const id of ['honest', 'anchor-liar', 'missed', 'unknown']) expect(s.ledger.scoreOf(id, T0 + 3 * DAY).failuresSpareNeed, id).toBe(0);
  });

  it('grows with deliveries not as described that met the need, never reaching 1, and falls when one misses it', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'puffer', registeredAtMs: T0 });
    const w = TRUST_PARAMETERS.calibration.priorWeight;
    const seen: number[] = [];
    for (let day = 1; day <= 4; day++) {
      s.ledger.appendMany([delivered('puffer', day, true)]);
      seen.push(s.ledger.scoreOf('puffer', T0 + day * DAY).failuresSpareNeed);
    }
    expect(seen[0]).toBeCloseTo(1 / (1 + w), 2);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
    expect(seen.at(-1)!).toBeLessThan(1);
    // The honesty it decides the brand's trust on still counts every failed delivery.
    const score = s.ledger.scoreOf('puffer', T0 + 4 * DAY);
    expect(score.estimatedHonesty).toBeLessThan(0.5);
    s.ledger.appendMany([delivered('puffer', 5, false)]);
    expect(s.ledger.scoreOf('puffer', T0 + 5 * DAY).failuresSpareNeed).toBeLessThan(seen.at(-1)!);
  });

  it('is the same after a rebuild (the cache stores it)', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'puffer', registeredAtMs: T0 });
    s.ledger.appendMany([delivered('puffer', 1, true), ...lie('puffer', 2), asDescribed('puffer', 3), delivered('puffer', 4, true)]);
    const before = s.ledger.scoreOf('puffer', T0 + 5 * DAY);
    s.ledger.rebuild();
    expect(s.ledger.scoreOf('puffer', T0 + 5 * DAY)).toEqual(before);
    expect(before.failuresSpareNeed).toBeGreaterThan(0);
  });

  it('counts each spared delivery at most its stake over the offer\'s: cheap deliveries that met the need say little about a dear offer', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'puffer', registeredAtMs: T0 });
    // Three 80 EUR deliveries not as described that still met the need.
    s.ledger.appendMany([delivered('puffer', 1, true), delivered('puffer', 2, true), delivered('puffer', 3, true)]);
    const score = s.ledger.scoreOf('puffer', T0 + 4 * DAY);
    expect(score.needRecord.sparedStakeMajor).toBeCloseTo(80, 6);
    const atOwnStake = failuresSpareNeedAt(score.needRecord, 80);
    expect(atOwnStake).toBeCloseTo(score.failuresSpareNeed, 10);
    expect(failuresSpareNeedAt(score.needRecord, 40)).toBeCloseTo(atOwnStake, 10);
    // For an 800 EUR offer each counts a tenth.
    expect(failuresSpareNeedAt(score.needRecord, 800)).toBeCloseTo(atOwnStake / 10, 10);
  });

  it('pools the known sellers\' records for a stranger: their failures summed, the stake averaged over the spared ones; nothing without a spared one', () => {
    const pooled = pooledNeedRecord([{ failedDeliveries: 2, spared: 1, sparedStakeMajor: 100 }, undefined, { failedDeliveries: 3, spared: 3, sparedStakeMajor: 20 }, { failedDeliveries: 4, spared: 0, sparedStakeMajor: 0 }]);
    expect(pooled).toEqual({ failedDeliveries: 9, spared: 4, sparedStakeMajor: 40 });
    expect(failuresSpareNeedAt(pooled, 40)).toBeCloseTo(4 / (9 + TRUST_PARAMETERS.calibration.priorWeight), 12);
    expect(pooledNeedRecord([{ failedDeliveries: 4, spared: 0, sparedStakeMajor: 0 }, undefined])).toBeUndefined();
  });
});
