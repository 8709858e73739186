import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// The product's own name, when it is also a synonym of one kind ("blender" for a countertop blender), does not replace
// the kind said before it. On main (5055ee6) "a small personal blender" was read as a countertop one.

describe('the product name after a kind', () => {
  it('keeps the kind', () => {
    expect(read('looking for a small personal blender to take to the gym').hardConstraints).toContainEqual({ attribute: 'blender_type', op: 'eq', value: 'personal' });
  });

  it('still names its own kind when no other is said', () => {
    expect(read('a blender for soups, 1000W').hardConstraints).toContainEqual({ attribute: 'blender_type', op: 'eq', value: 'countertop' });
  });
});
