import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// On main (0220d75) "a laptop with 16 GB RAM" read ram_gb as a soft wish equal to 16: a 32 GB laptop scored worse than
// a 16 GB one. A stated capacity (more of it does the job at least as well) is now a floor; a size or fit stays as said.
describe('a plain figure of a capacity is at least that much; a size is as said', () => {
  it('reads memory, storage, battery charge, power and spin figures as minimums', () => {
    for (const [text, attribute, value] of [
      ['a laptop with 16 GB RAM', 'ram_gb', 16],
      ['a laptop, 16GB RAM, 512 GB SSD', 'storage_gb', 512],
      ['a phone with 5000 mAh battery', 'battery_mah', 5000],
      ['a washing machine 1400 rpm', 'spin_rpm', 1400],
      ['un ordinateur portable avec 16 Go de RAM', 'ram_gb', 16],
      ['ein Laptop mit 16 GB RAM', 'ram_gb', 16],
    ] as const) {
      expect(readNeed(text).hardConstraints, text).toContainEqual({ attribute, op: 'gte', value });
    }
  });

  it('keeps the firmness said: a wish for a capacity leans higher, a stated ceiling or alternatives stay', () => {
    expect(readNeed('ideally a laptop with 16 GB RAM').softPreferences).toContainEqual({ attribute: 'ram_gb', direction: 'higher', value: 16, weight: 0.7 });
    expect(readNeed('a laptop with max 16 GB RAM').hardConstraints).toContainEqual({ attribute: 'ram_gb', op: 'lte', value: 16 });
    expect(readNeed('a laptop with 16 or 32 GB RAM').hardConstraints).toContainEqual({ attribute: 'ram_gb', op: 'in', value: [16, 32] });
  });

  it('reads a size or fit figure as said, never as a minimum', () => {
    for (const [text, attribute, value] of [
      ['a 65-inch TV', 'screen_in', 65],
      ['a 1.7 L kettle', 'capacity_l', 1.7],
      ['une bouilloire de 1,7 L', 'capacity_l', 1.7],
    ] as const) {
      const need = readNeed(text);
      expect(need.hardConstraints.some((c) => c.attribute === attribute && c.op === 'gte'), text).toBe(false);
      expect(need.softPreferences, text).toContainEqual({ attribute, direction: 'equals', value, weight: 0.8 });
    }
    expect(readNeed('trail shoes size 43').hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 43 });
  });
});
