import { describe, expect, it } from 'vitest';
import { calleesOf, commonFolder, parseCpuProfile, summariseCpuProfile, type CpuProfile } from '../../bench/cpu-profile-summary.ts';

const frame = (functionName: string, file: string) => ({ functionName, url: file === '' ? '' : `file:///repo/${file}`, lineNumber: 0, columnNumber: 0 });

/** root → shop → score → detect, shop → rank; root → walk → walk (recursion); GC. 1 ms per sample. */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 6, 8] },
    { id: 2, callFrame: frame('shop', 'agent/shop.ts'), children: [3, 5] },
    { id: 3, callFrame: frame('score', 'agent/score.ts'), children: [4] },
    { id: 4, callFrame: frame('detect', 'agent/detect.ts'), children: [] },
    { id: 5, callFrame: frame('rank', 'agent/shop.ts'), children: [] },
    { id: 6, callFrame: frame('walk', 'sim/walk.ts'), children: [7] },
    { id: 7, callFrame: frame('walk', 'sim/walk.ts'), children: [] },
    { id: 8, callFrame: frame('(garbage collector)', ''), children: [] },
  ],
  samples: [4, 4, 4, 3, 5, 2, 7, 7, 6, 8],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('cpu profile summary', () => {
  it('gives self and inclusive time by function, a recursive function counted once per sample', () => {
    const summary = summariseCpuProfile(PROFILE, '/repo/');
    expect(summary.totalMs).toBe(10);
    const of = (key: string) => summary.functions.find((f) => f.key === key);
    expect(of('detect agent/detect.ts:1')).toEqual({ key: 'detect agent/detect.ts:1', selfMs: 3, inclusiveMs: 3 });
    expect(of('score agent/score.ts:1')).toEqual({ key: 'score agent/score.ts:1', selfMs: 1, inclusiveMs: 4 });
    expect(of('shop agent/shop.ts:1')).toEqual({ key: 'shop agent/shop.ts:1', selfMs: 1, inclusiveMs: 6 });
    expect(of('walk sim/walk.ts:1')).toEqual({ key: 'walk sim/walk.ts:1', selfMs: 3, inclusiveMs: 3 });
    expect(of('(garbage collector) (native)')).toEqual({ key: '(garbage collector) (native)', selfMs: 1, inclusiveMs: 1 });
    expect(summary.functions[0]!.key).toBe('detect agent/detect.ts:1');
  });

  it('gives time by file: a file counted once per sample however many of its functions are on the stack', () => {
    const files = summariseCpuProfile(PROFILE, '/repo/').files;
    expect(files.find((f) => f.key === 'agent/shop.ts')).toEqual({ key: 'agent/shop.ts', selfMs: 2, inclusiveMs: 6 });
    expect(files.find((f) => f.key === '(native)')).toEqual({ key: '(native)', selfMs: 1, inclusiveMs: 10 });
  });

  it("splits a function's time into its own and its callees'", () => {
    expect(calleesOf(PROFILE, 'shop', '/repo/')).toEqual({
      totalMs: 6,
      parts: [
        { key: 'score agent/score.ts:1', ms: 4 },
        { key: '(self)', ms: 1 },
        { key: 'rank agent/shop.ts:1', ms: 1 },
      ],
    });
    // Only the outermost call of a recursive function: its inner call is one of its callees.
    expect(calleesOf(PROFILE, 'walk', '/repo/')).toEqual({ totalMs: 3, parts: [{ key: 'walk sim/walk.ts:1', ms: 2 }, { key: '(self)', ms: 1 }] });
  });

  it('names the checkout every file frame lies in', () => {
    expect(commonFolder(PROFILE)).toBe('/repo/');
  });

  it('refuses what is not a CPU profile, naming why', () => {
    expect(() => parseCpuProfile('{')).toThrow(/not a CPU profile/);
    expect(() => parseCpuProfile('{"nodes": []}')).toThrow(/not a CPU profile: nodes/);
    expect(parseCpuProfile(JSON.stringify(PROFILE)).samples).toHaveLength(10);
  });
});
