import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A value excluded and then only named again stays excluded. On main (5055ee6) "not grey, my last one was grey" asked
// for a grey one.

describe('an excluded value named again', () => {
  it('stays excluded', () => {
    const need = read('a hiking backpack 30 L, not grey, my last one was grey');
    expect(need.hardConstraints.some((c) => c.attribute === 'color' && (c.op === 'not-in' || c.op === 'neq'))).toBe(true);
    expect(need.hardConstraints.some((c) => c.attribute === 'color' && (c.op === 'in' || c.op === 'eq'))).toBe(false);
  });

  it('does not stop another value being asked for', () => {
    const need = read('a hiking backpack 30 L, not grey, green');
    expect(need.hardConstraints.some((c) => c.attribute === 'color' && (c.op === 'in' || c.op === 'eq'))).toBe(true);
  });
});
