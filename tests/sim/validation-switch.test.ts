import { describe, expect, it } from 'vitest';
import { runStudy, stableJson, studyMetrics, type StudyResult } from '../../sim/index.ts';
import { everyStrategyScenario } from './sim-fixtures.ts';

const raw = everyStrategyScenario(5);

function run(validate: boolean): Promise<StudyResult> {
  return runStudy({ raw, source: 'validation-switch', overrides: [] }, { mode: 'fast', workers: 1, events: true, validateTrustEvents: validate });
}

describe('the in-process validation switch', () => {
  it('fast mode gives byte-identical metrics and identical decisions with validation on and off', async () => {
    const on = await run(true);
    const off = await run(false);
    expect(stableJson(studyMetrics(off))).toBe(stableJson(studyMetrics(on)));
    expect(off.variants[0]!.events).toEqual(on.variants[0]!.events);
    // The market traded: the comparison covers purchases, not only empty rounds.
    expect(on.variants[0]!.metrics.policies.butler!.purchases).toBeGreaterThan(0);
  }, 120_000);
});
