import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A figure someone "could stretch to" beside a plain ceiling. On main (0b5617b) any stretch figure made every other
// figure a wish and itself the ceiling, however firmly the other was said and whoever said it: "max 40 euros, not a
// cent more, even though my brother could stretch to 60 euros" was a budget of 60 (review of reqfix37b, HIGH 1).

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a stretch figure beside a plain ceiling', () => {
  it('never loosens the ceiling: the lowest plain ceiling is the budget', () => {
    expect(budget('headphones, max 40 euros, not a cent more, even though my brother could stretch to 60 euros')).toBe(4000);
    expect(budget('headphones max 40 euros, not a cent more. My sister could go up to 100 euros for hers')).toBe(4000);
    expect(budget('casque sans fil, 40 € maximum, pas un centime de plus, même si mon frère pourrait aller jusqu’à 60 €')).toBe(4000);
    expect(budget('a kettle under 50 euros, my partner could go to 70 euros')).toBe(5000);
    expect(budget('a tent, no more than 200 euros; a friend can stretch to 260 euros')).toBe(20000);
  });

  it('still loosens a figure said as approximate, soft or only named', () => {
    expect(budget('headphones around 100 euros but could stretch to 130')).toBe(13000);
    expect(budget('headphones, budget 100 euros but I could stretch to 130')).toBe(13000);
    expect(budget('a kettle, ideally under 40 euros, could go up to 55 euros')).toBe(5500);
  });
});
