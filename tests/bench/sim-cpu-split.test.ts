import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../bench/cpu-profile-summary.ts';
import { simCpuSplit } from '../../bench/sim-cpu-split.ts';

const frame = (functionName: string, file: string) => ({ functionName, url: file === '' ? '' : `file:///repo/${file}`, lineNumber: 0, columnNumber: 0 });

/** Every node sampled `ms` times, 1 ms per sample. */
function profile(nodes: CpuProfile['nodes'], ms: Record<number, number>): CpuProfile {
  const samples = Object.entries(ms).flatMap(([id, n]) => Array.from({ length: n }, () => Number(id)));
  return { nodes, samples, timeDeltas: samples.map(() => 1000) };
}

describe('simCpuSplit', () => {
  it('counts each sample once by the part of the code it ran in, GC and runtime apart, idle nowhere', () => {
    const p = profile(
      [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
        { id: 2, callFrame: frame('pitch', 'brand-agent/reference/strategies/deceptive.ts'), children: [] },
        { id: 3, callFrame: frame('call', 'brand-agent/brand-agent-core.ts'), children: [] },
        { id: 4, callFrame: frame('scoreOffer', 'agent/scoring/score-offer.ts'), children: [] },
        { id: 5, callFrame: frame('shop', 'agent/butler/shop.ts'), children: [] },
        { id: 6, callFrame: frame('decide', 'sim/policies/butler-agent.ts'), children: [] },
        { id: 7, callFrame: frame('get', 'protocol/bounded-map.ts'), children: [] },
        { id: 8, callFrame: frame('append', 'storage/trust-event-store.ts'), children: [] },
        { id: 9, callFrame: frame('parse', 'node_modules/zod/v4/core/parse.js'), children: [] },
        { id: 10, callFrame: frame('load', 'node:internal/modules/esm/utils'), children: [] },
        { id: 11, callFrame: frame('(garbage collector)', ''), children: [] },
        { id: 12, callFrame: frame('(idle)', ''), children: [] },
        { id: 13, callFrame: frame('(program)', ''), children: [] },
      ],
      { 2: 7, 3: 3, 4: 20, 5: 5, 6: 4, 7: 6, 8: 1, 9: 9, 10: 2, 11: 30, 12: 10, 13: 3 },
    );
    expect(simCpuSplit(p, '/repo/')).toEqual({ brands: 10, butler: 25, simulator: 4, shared: 7, libraries: 9, gc: 30, runtime: 5 });
  });

  it("counts a native frame (a regular expression, a builtin) for its nearest JavaScript caller, not for the runtime", () => {
    const p = profile(
      [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 5, 7] },
        { id: 2, callFrame: frame('detect', 'agent/pressure/match-patterns.ts'), children: [3] },
        { id: 3, callFrame: frame('RegExp: \\bhurry\\b', ''), children: [4] },
        { id: 4, callFrame: frame('exec', ''), children: [] },
        { id: 5, callFrame: frame('pitch', 'brand-agent/reference/shared/pressure-pitch.ts'), children: [6] },
        { id: 6, callFrame: frame('stringify', ''), children: [] },
        { id: 7, callFrame: frame('read', ''), children: [] },
      ],
      { 2: 1, 3: 4, 4: 2, 5: 1, 6: 3, 7: 2 },
    );
    expect(simCpuSplit(p, '/repo/')).toEqual({ brands: 4, butler: 7, simulator: 0, shared: 0, libraries: 0, gc: 0, runtime: 2 });
  });
});
