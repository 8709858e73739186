import { describe, expect, it } from 'vitest';
import { readScenarioInput, resolveScenarioPath, runStudy } from '../../sim/index.ts';

// When nothing that fits is within a private budget, the butler asks the brands once more, cheapest first. The oracle
// must see those offers too, or the butler can beat the "oracle" (02-order-bias measured 1.136 × the oracle before).
describe('the oracle is an upper bound of the butler', () => {
  it('on a market where the butler asks again for cheaper offers, the butler never gets more than the oracle beyond haggling noise', async () => {
    const raw = readScenarioInput(resolveScenarioPath('02-order-bias'));
    const study = await runStudy(
      { raw, source: '02-order-bias', overrides: [{ path: 'seed', value: 11 }, { path: 'consumers.count', value: 5 }, { path: 'rounds', value: 3 }] },
      { mode: 'fast', workers: 1, events: true },
    );
    let butler = 0;
    let oracle = 0;
    for (const variant of study.variants) {
      for (const e of variant.events) {
        if (e.policy !== 'butler') continue;
        butler += e.welfare;
        oracle += e.oracleWelfare;
        // Per decision, at most what one round of haggling can move (the oracle and the butler may be conceded different cents).
        expect(e.welfare).toBeLessThanOrEqual(e.oracleWelfare + Math.abs(e.oracleWelfare) * 0.05 + 50);
      }
    }
    expect(oracle).toBeGreaterThan(0);
    expect(butler).toBeLessThanOrEqual(oracle * 1.01);
  }, 120_000);
});
