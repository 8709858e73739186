import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../protocol/index.ts';
import { emptyTrustState, foldTrustEvent, scoreTrustState, type BrandTrustState, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, ev, memoryLedger } from './trust-fixtures.ts';

/** One claim check a day: it holds with the brand's true honesty, else it is contradicted (with a random stake). */
function simulate(brands: number, interactions: number, seed: number) {
  const random = createSeededRandom(seed);
  const errorsAt = new Map<number, number[]>([[30, []], [100, []]]);
  const optimism: number[] = [];
  for (let b = 0; b < brands; b++) {
    const truth = random.next();
    let state: BrandTrustState = emptyTrustState();
    for (let k = 0; k < interactions; k++) {
      const event = random.chance(truth) ? ev.verified('sim', k) : ev.contradicted('sim', k, random.int(500, 50_000));
      state = foldTrustEvent(state, event, T0 + k * DAY);
      const errors = errorsAt.get(k + 1);
      if (errors) {
        const score = scoreTrustState({ brandId: 'sim', state, atMs: T0 + k * DAY });
        errors.push(Math.abs(score.estimatedHonesty - truth));
        optimism.push(score.honesty.score - score.estimatedHonesty);
      }
    }
  }
  const mae = (n: number) => errorsAt.get(n)!.reduce((a, e) => a + e, 0) / brands;
  return { mae30: mae(30), mae100: mae(100), maxOptimism: Math.max(...optimism) };
}

describe('6. accuracy of the estimated honesty', () => {
  it('2,000 brands with true honesty uniform on [0,1]: MAE ≤ 0.07 after 30 interactions and ≤ 0.04 after 100', () => {
    const { mae30, mae100, maxOptimism } = simulate(2_000, 100, 20261123);
    expect(mae30).toBeLessThanOrEqual(0.07);
    expect(mae100).toBeLessThanOrEqual(0.04);
    expect(mae100).toBeLessThan(mae30);
    // The punitive score used for ranking is never more optimistic than the calibrated estimate.
    expect(maxOptimism).toBeLessThanOrEqual(0);
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
