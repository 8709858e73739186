import { describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../bench/cpu-profile-summary.ts';
import { simCpuSplit } from '../../bench/sim-cpu-split.ts';

const entry = (key: string, selfMs: number) => ({ key, selfMs, inclusiveMs: selfMs });

describe('simCpuSplit', () => {
  it('counts each file once by the part of the code it belongs to, GC and runtime apart, idle nowhere', () => {
    const summary: ProfileSummary = {
      totalMs: 100,
      files: [
        entry('brand-agent/reference/strategies/deceptive.ts', 7),
        entry('brand-agent/brand-agent-core.ts', 3),
        entry('agent/scoring/score-offer.ts', 20),
        entry('agent/butler/shop.ts', 5),
        entry('sim/policies/butler-agent.ts', 4),
        entry('protocol/bounded-map.ts', 6),
        entry('storage/trust-event-store.ts', 1),
        entry('node_modules/zod/v4/core/parse.js', 9),
        entry('node:internal/modules/esm/utils', 2),
        entry('(native)', 43),
      ],
      functions: [entry('(garbage collector) (native)', 30), entry('(idle) (native)', 10), entry('(program) (native)', 3), entry('shop agent/butler/shop.ts:12', 5)],
    };
    expect(simCpuSplit(summary)).toEqual({ brands: 10, butler: 25, simulator: 4, shared: 7, libraries: 9, gc: 30, runtime: 5 });
  });
});
