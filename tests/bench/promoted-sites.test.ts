import { describe, expect, it } from 'vitest';
import { parseSamplingHeapProfile, summariseAllocationSites } from '../../bench/promoted-sites.ts';

const frame = (functionName: string, file: string) => ({ functionName, url: file === '' ? '' : `file:///repo/${file}`, lineNumber: 0, columnNumber: 0, scriptId: '1' });
const node = (functionName: string, file: string, selfSize: number, children: unknown[] = []) => ({ callFrame: frame(functionName, file), selfSize, id: 0, children });

/** root → shop (100 B) → score (300 B) → push (native, 50 B); root → remember (brand, 200 B) → Map.set (native, 25 B); root → GC roots (native, 10 B). */
const PROFILE = {
  head: node('(root)', '', 0, [
    node('shop', 'agent/shop.ts', 100, [node('score', 'agent/score.ts', 300, [node('push', '', 50)])]),
    node('remember', 'brand-agent/core.ts', 200, [node('set', '', 25)]),
    node('(GC roots)', '', 10),
  ]),
  samples: [],
};

describe('promoted allocation sites', () => {
  it("sums sampled bytes by allocating function and file, a built-in's bytes going to its nearest caller with a file", () => {
    const sites = summariseAllocationSites(parseSamplingHeapProfile(PROFILE), '/repo/');
    expect(sites.totalBytes).toBe(685);
    expect(sites.functions).toEqual([
      { key: 'score agent/score.ts', bytes: 350 },
      { key: 'remember brand-agent/core.ts', bytes: 225 },
      { key: 'shop agent/shop.ts', bytes: 100 },
      { key: '(GC roots) (native)', bytes: 10 },
    ]);
    expect(sites.files).toEqual([
      { key: 'agent/score.ts', bytes: 350 },
      { key: 'brand-agent/core.ts', bytes: 225 },
      { key: 'agent/shop.ts', bytes: 100 },
      { key: '(native)', bytes: 10 },
    ]);
  });

  it('keeps absolute paths outside the root, and refuses what is not a sampling heap profile', () => {
    const sites = summariseAllocationSites(parseSamplingHeapProfile({ head: node('f', 'x.ts', 8) }), '/elsewhere/');
    expect(sites.files).toEqual([{ key: '/repo/x.ts', bytes: 8 }]);
    expect(() => parseSamplingHeapProfile({ head: { callFrame: {} } })).toThrow(/not a sampling heap profile/);
  });
});
