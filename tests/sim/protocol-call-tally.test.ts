import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrandAgentCore } from '../../brand-agent/index.ts';
import { protocolCallTally, runStudy } from '../../sim/index.ts';
import { everyStrategyScenario } from './sim-fixtures.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the protocol call tally (bench/sim.ts: messages per decision)', () => {
  it('counts every fast-mode call to a brand core by tool, as the core receives them', async () => {
    const seen = new Map<string, number>();
    const original = BrandAgentCore.prototype.callInProcess;
    vi.spyOn(BrandAgentCore.prototype, 'callInProcess').mockImplementation(function (this: BrandAgentCore, tool: string, args: unknown) {
      seen.set(tool, (seen.get(tool) ?? 0) + 1);
      return original.call(this, tool, args);
    });
    const before = protocolCallTally();
    await runStudy({ raw: everyStrategyScenario(11), source: 'protocol-call-tally', overrides: [] }, { mode: 'fast', workers: 1, events: false, validateTrustEvents: false });
    const after = protocolCallTally();
    const counted = Object.fromEntries(Object.entries(after).map(([tool, n]) => [tool, n - (before[tool] ?? 0)]).filter(([, n]) => n !== 0));
    expect(counted).toEqual(Object.fromEntries(seen));
    // The run negotiated: offers, questions and counters were all sent.
    for (const tool of ['request_offers', 'ask_question', 'counter_offer', 'place_order']) expect(counted[tool] ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
