import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A budget said with a higher figure on a condition ("max 60, or 80 if it has temperature control"): the most the
// person would pay is the higher figure, the lower one a price aimed at, and the condition a wish, never a rule. On main
// (9335c06) the lower figure was the budget and the condition a hard rule.

const hardOf = (text: string) => read(text).hardConstraints.map((c) => c.attribute);
const softOf = (text: string) => read(text).softPreferences.map((p) => p.attribute);

describe('a higher figure said on a condition', () => {
  it('is the ceiling; the lower figure becomes a price wish', () => {
    expect(read('a kettle, max 60, or 80 if it has temperature control').budget?.amountMinor).toBe(8000);
    expect(read('a tent for 4 people, under 300, 380 if it is really light').budget?.amountMinor).toBe(38000);
    expect(read('running shoes for trail, 120 euros max — 150 euros if they are waterproof').budget?.amountMinor).toBe(15000);
    expect(read('une bouilloire, 60 € maximum, ou 80 € si elle est en inox').budget?.amountMinor).toBe(8000);
    expect(read('a kettle, max 60, or 80 if it has temperature control').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'price', value: 6000 }));
  });

  it('makes the condition a wish, not a rule', () => {
    expect(hardOf('a kettle, max 60, or 80 if it has temperature control')).not.toContain('temperature_control');
    expect(softOf('a kettle, max 60, or 80 if it has temperature control')).toContain('temperature_control');
    expect(hardOf('running shoes for trail, 120 euros max — 150 euros if they are waterproof')).not.toContain('waterproof');
    expect(softOf('running shoes for trail, 120 euros max — 150 euros if they are waterproof')).toContain('waterproof');
  });

  it('reads "stretching to" as the most the person would go to', () => {
    expect(read('a blender: €80, stretching to €110 if it is quiet').budget?.amountMinor).toBe(11000);
  });

  it('leaves a lower figure on a condition, or one with no price before it, alone', () => {
    expect(read('a kettle, max 60, or 40 if it is refurbished').budget?.amountMinor).toBe(6000);
    expect(read('headphones, wireless if under 70').budget).toBeUndefined();
    expect(read('running shoes size 42, or 43 if they run small, max 100').budget?.amountMinor).toBe(10000);
  });
});
