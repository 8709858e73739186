import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../protocol/index.ts';
import { TRUST_PARAMETERS, emptyTrustState, foldTrustEvent, isRecommendable, scoreTrustState, type BrandTrustState, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, ev, memoryLedger } from './trust-fixtures.ts';

/** One claim check a day: it holds with the brand's true honesty, else it is contradicted (with a random stake). */
function simulate(brands: number, interactions: number, seed: number) {
  const random = createSeededRandom(seed);
  const out: Array<{ truth: number; estimate: number; belowFloor: boolean }> = [];
  for (let b = 0; b < brands; b++) {
    const truth = random.next();
    let state: BrandTrustState = emptyTrustState();
    for (let k = 0; k < interactions; k++) {
      const event = random.chance(truth) ? ev.verified('sim', k) : ev.contradicted('sim', k, random.int(500, 50_000));
      state = foldTrustEvent(state, event, T0 + k * DAY);
    }
    const score = scoreTrustState({ brandId: 'sim', state, atMs: T0 + (interactions - 1) * DAY });
    out.push({ truth, estimate: score.estimatedHonesty, belowFloor: !isRecommendable(score) });
  }
  return out;
}

/** Spearman rank correlation (average ranks for ties). */
function spearman(xs: readonly number[], ys: readonly number[]): number {
  const ranks = (v: readonly number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const a = ranks(xs);
  const b = ranks(ys);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

describe('6. what the estimated honesty tells apart', () => {
  const brands = simulate(2_000, 30, 20261123);

  it('orders 2,000 brands with true honesty uniform on [0,1] as their truth does (rank correlation ≥ 0.9 after 30 checks)', () => {
    expect(spearman(brands.map((b) => b.truth), brands.map((b) => b.estimate))).toBeGreaterThanOrEqual(0.9);
  });

  it('is never more optimistic about a brand it knows than about a stranger: held checks do not lift it above the newcomer prior', () => {
    expect(Math.max(...brands.map((b) => b.estimate))).toBeLessThanOrEqual(TRUST_PARAMETERS.calibration.baseRate);
  });

  it('puts every brand whose claims fail at least half the time below the floor within 30 checks', () => {
    const liars = brands.filter((b) => b.truth <= 0.5);
    expect(liars.length).toBeGreaterThan(500);
    expect(liars.filter((b) => b.belowFloor).length / liars.length).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps a brand whose claims always held at the newcomer prior, recommendable', () => {
    let state: BrandTrustState = emptyTrustState();
    for (let k = 0; k < 30; k++) state = foldTrustEvent(state, ev.verified('sim', k), T0 + k * DAY);
    const score = scoreTrustState({ brandId: 'sim', state, atMs: T0 + 29 * DAY });
    expect(score.estimatedHonesty).toBe(TRUST_PARAMETERS.calibration.baseRate);
    expect(isRecommendable(score)).toBe(true);
  });

  it('the ledger reports the same estimate as the pure model it is built on', () => {
    const { ledger } = memoryLedger();
    const random = createSeededRandom('ledger-estimate');
    ledger.registerBrand({ brandId: 'sim', registeredAtMs: T0 });
    let state = emptyTrustState();
    const events: TrustEventInput[] = [];
    for (let k = 0; k < 40; k++) events.push(random.chance(0.7) ? ev.verified('sim', k) : ev.contradicted('sim', k, random.int(500, 50_000)));
    for (const [k, e] of events.entries()) state = foldTrustEvent(state, e, T0 + k * DAY);
    ledger.appendMany(events);
    const atMs = T0 + 45 * DAY;
    expect(ledger.scoreOf('sim', atMs)).toEqual(scoreTrustState({ brandId: 'sim', state, atMs }));
  });
});
