import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_FLOOR, TRUST_PARAMETERS, compareTrust, isRecommendable, trustRank, type TrustScore } from '../../agent/trust/index.ts';
import { honest, lie, memoryLedger, pushy, T0, DAY } from './trust-fixtures.ts';

const scoreAt = (s: ReturnType<typeof memoryLedger>, brandId: string, day: number): TrustScore => s.ledger.scoreOf(brandId, T0 + day * DAY);

describe('trust scenarios', () => {
  it('1. a defector after 50 honest interactions ranks below an honest peer after its first lie, below the floor after its second', () => {
    const s = memoryLedger();
    for (const id of ['defector', 'peer']) s.ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    for (let day = 0; day < 50; day++) s.ledger.appendMany([...honest('defector', day), ...honest('peer', day)]);
    const before = scoreAt(s, 'defector', 49);
    expect(isRecommendable(before)).toBe(true);
    expect(trustRank(before)).toBe(trustRank(scoreAt(s, 'peer', 49)));

    s.ledger.appendMany([...lie('defector', 50), ...honest('peer', 50)]);
    const afterFirst = scoreAt(s, 'defector', 50);
    const peer = scoreAt(s, 'peer', 50);
    expect(trustRank(afterFirst)).toBeLessThan(trustRank(peer));
    expect([afterFirst, peer].sort((a, b) => compareTrust(a, b)).map((x) => x.brandId)).toEqual(['peer', 'defector']);

    s.ledger.appendMany([...lie('defector', 51), ...honest('peer', 51)]);
    const afterSecond = scoreAt(s, 'defector', 51);
    expect(afterSecond.honesty.score).toBeLessThan(RECOMMENDATION_FLOOR);
    // The decision reads the calibrated estimate: each lie lowers it and it stays below the honest peer's, but 50 good
    // deliveries and two bad ones still make a brand likelier than not to deliver: ranked below the peer, not excluded.
    expect(afterSecond.estimatedHonesty).toBeLessThan(afterFirst.estimatedHonesty);
    expect(afterFirst.estimatedHonesty).toBeLessThan(before.estimatedHonesty);
    expect(afterSecond.estimatedHonesty).toBeLessThan(scoreAt(s, 'peer', 51).estimatedHonesty);
    expect(isRecommendable(scoreAt(s, 'peer', 51))).toBe(true);
  });

  it('2. an on-off brand (10 good, 3 bad, repeating) never again ranks above an honest peer after its first cycle', () => {
    const s = memoryLedger();
    for (const id of ['onoff', 'peer']) s.ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    let day = 0;
    const gaps: number[] = [];
    for (let cycle = 0; cycle < 6; cycle++) {
      for (let i = 0; i < 13; i++, day++) {
        const good = i < 10;
        s.ledger.appendMany([...(good ? honest('onoff', day) : lie('onoff', day)), ...honest('peer', day)]);
        if (cycle > 0 || i >= 10) gaps.push(trustRank(scoreAt(s, 'peer', day)) - trustRank(scoreAt(s, 'onoff', day)));
      }
    }
    expect(gaps.length).toBe(5 * 13 + 3);
    expect(Math.min(...gaps)).toBeGreaterThan(0);
    // Its calibrated honesty (what decisions read) stays below the peer's for good: it never wins on equal terms.
    expect(scoreAt(s, 'onoff', day - 4).estimatedHonesty).toBeLessThan(scoreAt(s, 'peer', day - 4).estimatedHonesty - 0.1);
  });

  it('3. a pushy but honest brand ranks below a calm honest peer from the first interaction, by a clear margin after five', () => {
    const s = memoryLedger();
    for (const id of ['pushy', 'calm']) s.ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    for (let day = 0; day < 5; day++) {
      s.ledger.appendMany([...pushy('pushy', day), ...honest('calm', day)]);
      const p = scoreAt(s, 'pushy', day);
      const c = scoreAt(s, 'calm', day);
      expect(trustRank(p)).toBeLessThan(trustRank(c));
      // Both are equally honest: the gap is pressure alone.
      expect(p.honesty.score).toBe(c.honesty.score);
    }
    const p = scoreAt(s, 'pushy', 4);
    const c = scoreAt(s, 'calm', 4);
    expect(trustRank(c) - trustRank(p)).toBeGreaterThan(0.2);
    expect(trustRank(p) / trustRank(c)).toBeLessThan(0.6);
  });

  it('4. whitewashing: a liar that reappears under a new identity gains nothing, and once linked it carries its old record', () => {
    // The old identity: 10 honest interactions, then caught lying three times.
    const history = (s: ReturnType<typeof memoryLedger>) => {
      s.ledger.registerBrand({ brandId: 'shadyco', registeredAtMs: T0 });
      for (let day = 0; day < 10; day++) s.ledger.appendMany(honest('shadyco', day));
      for (let day = 10; day < 13; day++) s.ledger.appendMany(lie('shadyco', day));
    };
    const s = memoryLedger();
    history(s);
    s.ledger.registerBrand({ brandId: 'shadyco-fresh', registeredAtMs: T0 + 13 * DAY });
    const old = scoreAt(s, 'shadyco', 13);
    const fresh = scoreAt(s, 'shadyco-fresh', 13);
    expect(trustRank(fresh)).toBeLessThanOrEqual(trustRank(old));
    expect(fresh.honesty.score).toBeLessThanOrEqual(old.honesty.score);
    // Unlinked, a fresh identity is a newcomer: uncertain, not guilty (priced as risk). Linking is the defence.
    expect(isRecommendable(fresh)).toBe(true);

    s.ledger.linkIdentities('shadyco-fresh', 'shadyco', { reason: 'shared-key', detail: 'same signing key as shadyco', occurredAt: new Date(T0 + 13 * DAY).toISOString() });
    const linked = scoreAt(s, 'shadyco-fresh', 13);
    expect(linked.linkedIdentities).toEqual(['shadyco']);
    expect(linked.honesty.negative).toBeCloseTo(old.honesty.negative, 12);
    expect(linked.honesty.score).toBeLessThanOrEqual(old.honesty.score);
    expect(linked.estimatedHonesty).toBeLessThan(fresh.estimatedHonesty);
    expect(linked.claimsFailed).toBeGreaterThan(0);

    // From here on, behaving well under the linked new name never beats behaving well under the old one.
    const stay = memoryLedger();
    history(stay);
    for (let k = 0; k < 25; k++) {
      const day = 13 + k;
      s.ledger.appendMany(honest('shadyco-fresh', day));
      stay.ledger.appendMany(honest('shadyco', day));
      expect(trustRank(scoreAt(s, 'shadyco-fresh', day))).toBeLessThanOrEqual(trustRank(scoreAt(stay, 'shadyco', day)));
    }
  });

  it('4b. a newcomer starts below a brand caught lying a few times (re-registering never pays)', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'liar', registeredAtMs: T0 });
    s.ledger.registerBrand({ brandId: 'newcomer', registeredAtMs: T0 });
    for (let day = 0; day < 10; day++) s.ledger.appendMany(honest('liar', day));
    for (let day = 10; day < 13; day++) s.ledger.appendMany(lie('liar', day));
    const liar = scoreAt(s, 'liar', 12);
    const newcomer = scoreAt(s, 'newcomer', 12);
    expect(newcomer.honesty.expected).toBeLessThan(liar.honesty.expected);
    expect(newcomer.honesty.score).toBeLessThan(liar.honesty.score);
    expect(trustRank(newcomer)).toBeLessThan(trustRank(liar));
  });

  it('5. forgiveness: one lie followed by good behaviour recovers a good honesty score within about 10 interactions', () => {
    const GOOD = 0.75;
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'slip', registeredAtMs: T0 });
    for (let day = 0; day < 20; day++) s.ledger.appendMany(honest('slip', day));
    const before = scoreAt(s, 'slip', 19).honesty.score;
    expect(before).toBeGreaterThan(GOOD);
    s.ledger.appendMany(lie('slip', 20));
    const after = scoreAt(s, 'slip', 20).honesty.score;
    expect(before - after).toBeGreaterThan(0.3);
    let recoveredAfter: number | undefined;
    for (let k = 1; k <= 12; k++) {
      s.ledger.appendMany(honest('slip', 20 + k));
      const score = scoreAt(s, 'slip', 20 + k);
      if (recoveredAfter === undefined && score.honesty.score >= GOOD && isRecommendable(score)) recoveredAfter = k;
    }
    expect(recoveredAfter).toBeDefined();
    expect(recoveredAfter!).toBeLessThanOrEqual(10);
  });

  it('7. cold start: with no events every dimension sits at its base rate with uncertainty 1', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'newbie', registeredAtMs: T0 });
    const score = s.ledger.scoreOf('newbie');
    for (const name of ['honesty', 'fit', 'pressure'] as const) {
      expect(score[name].expected).toBe(TRUST_PARAMETERS.baseRate[name]);
      expect(score[name].uncertainty).toBe(1);
      expect(score[name].belief).toBe(0);
      expect(score[name].disbelief).toBe(0);
    }
    expect(score.uncertainty).toBeCloseTo(1, 12);
    expect(score.estimatedHonesty).toBe(TRUST_PARAMETERS.calibration.baseRate);
    expect(score.events).toBe(0);
  });

  it('7b. a newcomer is recommendable at once (uncertain, not guilty); clean checks keep it there and raise its standing in the trust table', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'newbie', registeredAtMs: T0 });
    const start = s.ledger.scoreOf('newbie', T0);
    expect(isRecommendable(start)).toBe(true);
    expect(start.estimatedHonesty).toBe(TRUST_PARAMETERS.calibration.baseRate);
    s.ledger.appendMany(honest('newbie', 0));
    const one = scoreAt(s, 'newbie', 0);
    s.ledger.appendMany(honest('newbie', 1));
    const two = scoreAt(s, 'newbie', 1);
    // A held check is about as likely from a deceiver as from an honest seller: the estimate the butler decides on stays
    // at a stranger's (no premium for familiarity), while the punitive honesty of the trust table rises.
    expect(one.estimatedHonesty).toBe(start.estimatedHonesty);
    expect(two.estimatedHonesty).toBe(start.estimatedHonesty);
    expect(one.honesty.score).toBeGreaterThan(start.honesty.score);
    expect(two.honesty.score).toBeGreaterThan(one.honesty.score);
    expect(isRecommendable(two)).toBe(true);
  });

  it('7c. only evidence of its own convicts: a brand is below the floor only with failed checks', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'liar', registeredAtMs: T0 });
    for (let day = 0; day < 3; day++) s.ledger.appendMany(lie('liar', day));
    const liar = scoreAt(s, 'liar', 2);
    expect(liar.claimsFailed).toBeGreaterThan(0);
    expect(liar.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR);
    expect(isRecommendable(liar)).toBe(false);
  });
});
