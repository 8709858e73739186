import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrandAgentCore } from '../../brand-agent/index.ts';
import { runStudy, stableJson, studyMetrics, type StudyResult } from '../../sim/index.ts';
import { everyStrategyScenario } from './sim-fixtures.ts';

const raw = everyStrategyScenario(11);

function run(): Promise<StudyResult> {
  return runStudy({ raw, source: 'in-process-path', overrides: [] }, { mode: 'fast', workers: 1, events: true, validateTrustEvents: true });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("fast mode's in-process brand calls", () => {
  it('give byte-identical metrics and identical decisions to the async path (call: deadline, later turn)', async () => {
    const calls = { inProcess: 0 };
    const original = BrandAgentCore.prototype.callInProcess;
    vi.spyOn(BrandAgentCore.prototype, 'callInProcess').mockImplementation(function (this: BrandAgentCore, tool: string, args: unknown) {
      calls.inProcess += 1;
      return original.call(this, tool, args);
    });
    const inProcess = await run();
    expect(calls.inProcess).toBeGreaterThan(0);
    vi.restoreAllMocks();
    vi.spyOn(BrandAgentCore.prototype, 'callInProcess').mockImplementation(function (this: BrandAgentCore, tool: string, args: unknown) {
      return this.call(tool, args);
    });
    const async = await run();
    expect(stableJson(studyMetrics(inProcess))).toBe(stableJson(studyMetrics(async)));
    expect(inProcess.variants[0]!.events).toEqual(async.variants[0]!.events);
    // The market traded and haggled: the comparison covers purchases, not only empty rounds.
    expect(inProcess.variants[0]!.metrics.policies.butler!.purchases).toBeGreaterThan(0);
  }, 120_000);
});
