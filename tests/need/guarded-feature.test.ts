import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A feature asked for by what it keeps out, not by its name. On main (5055ee6) "shoes that stop the water getting in"
// were not waterproof and "headphones that cut out the noise" not noise cancelling.

const rule = (text: string, attribute: string): unknown => {
  const need = read(text);
  return need.hardConstraints.find((c) => c.attribute === attribute)?.value ?? need.softPreferences.find((p) => p.attribute === attribute)?.value;
};

describe('a feature said by what it keeps out', () => {
  it('reads "<x>proof" from keeping x out, in a built-in category', () => {
    expect(rule('road running shoes that stop water getting in, EU 42', 'waterproof')).toBe(true);
  });

  it('reads "<x> cancelling" from blocking x', () => {
    const need = read('wireless headphones that shut out the noise of my neighbours');
    expect(need.hardConstraints).toContainEqual({ attribute: 'noise_cancelling', op: 'eq', value: true });
  });

  it('reads it in a category the brands declare', () => {
    expect(rule('a hiking backpack that keeps water out, 30 L', 'waterproof')).toBe(true);
  });

  it('does not read a negated one, nor the noun alone', () => {
    expect(rule('headphones, they do not need to block noise, wired', 'noise_cancelling')).toBeUndefined();
    expect(rule('a hiking backpack with a pocket for a water bottle', 'waterproof')).toBeUndefined();
  });
});
