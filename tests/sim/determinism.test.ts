import { describe, expect, it } from 'vitest';
import { runStudy, stableJson, studyMetrics, type StudyResult } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

const raw = tinyScenario({ consumers: { count: 2 } });

async function run(options: { mode: 'fast' | 'mcp'; workers: number; seed?: number }): Promise<StudyResult> {
  return runStudy({ raw, source: 'tiny', overrides: options.seed === undefined ? [] : [{ path: 'seed', value: options.seed }] }, { mode: options.mode, workers: options.workers, events: true });
}

describe('determinism', () => {
  it('same scenario and seed give byte-identical metrics and events across runs, modes and worker counts', async () => {
    const fast = await run({ mode: 'fast', workers: 1 });
    const bytes = stableJson(studyMetrics(fast));
    const again = await run({ mode: 'fast', workers: 1 });
    expect(stableJson(studyMetrics(again))).toBe(bytes);
    const mcp = await run({ mode: 'mcp', workers: 1 });
    expect(stableJson(studyMetrics(mcp))).toBe(bytes);
    expect(mcp.variants[0]!.events).toEqual(fast.variants[0]!.events);
    const threaded = await run({ mode: 'fast', workers: 2 });
    expect(stableJson(studyMetrics(threaded))).toBe(bytes);
    expect(threaded.variants[0]!.events).toEqual(fast.variants[0]!.events);

    // The run did something: purchases happened, and another seed gives another market and other numbers.
    const butler = fast.variants[0]!.metrics.policies.butler!;
    expect(butler.decisions).toBe(6);
    expect(butler.purchases).toBeGreaterThan(0);
    const other = await run({ mode: 'fast', workers: 1, seed: 99 });
    expect(stableJson(studyMetrics(other))).not.toBe(bytes);

    // The oracle is an upper bound on every decision (it knows the truth and haggles like the butler).
    for (const e of fast.variants[0]!.events) expect(e.welfare).toBeLessThanOrEqual(e.oracleWelfare);
  }, 60_000);
});
