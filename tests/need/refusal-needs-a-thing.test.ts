import { describe, expect, it } from 'vitest';
import { sayRefusalsFirst } from '../../agent/need/refusal-said-after.ts';
import { ADVERSARIAL_SHAPES } from './adversarial-texts.ts';

// The refusal reader read blank space two ways (as the thing refused and as the space before the refusal), which made
// a pasted hex dump of 3,899 characters cost 10 s of CPU (needspeed40), and on main it "refused" a thing of spaces
// only ("tent,  is out" read as "tent, no  "). A refused thing now begins and ends on a non-space.
describe('a refusal said after its thing needs a thing', () => {
  it('refuses nothing where only spaces stand before the refusal', () => {
    expect(sayRefusalsFirst('tent,  is out')).toBe('tent,  is out');
    expect(sayRefusalsFirst('tent.\n   not wanted')).toBe('tent.\n   not wanted');
  });

  it('still turns a refusal after blank lines, a bullet or an opening word', () => {
    expect(sayRefusalsFirst('backpack,\n\n   pink is out')).toBe('backpack,\n\n   no pink');
    expect(sayRefusalsFirst('tent\n- inflatable ones need not apply\n- max 300')).toBe('tent\n- no inflatable ones\n- max 300');
    expect(sayRefusalsFirst('phone, and Samsung is out of the question')).toBe('phone, and no Samsung');
    expect(sayRefusalsFirst('blender\n\n\npersonal blenders\n  need not apply')).toBe('blender\n\n\nno personal blenders');
  });

  it('leaves blank lines and pasted blobs as they are', () => {
    for (const shape of ADVERSARIAL_SHAPES.filter((s) => !/is out/u.test(s.text(40)))) expect(sayRefusalsFirst(shape.text(1_000)), shape.name).toBe(shape.text(1_000));
  });
});
