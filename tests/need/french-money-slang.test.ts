import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';

// "100 balles" is how French speakers say 100 euros; after the rule that a number followed by a word is never a price,
// "un casque à 100 balles max" read no budget at all (said back as not understood). Balls counted stay balls.
const context = { now: new Date('2026-12-03T10:00:00.000Z'), defaultCurrency: 'EUR' };
const budgetOf = (text: string) => {
  const u = understandNeedText(text, context);
  return u.kind === 'need' ? u.need.budget : u.kind === 'clarify' ? u.partial.budget : undefined;
};

describe('French money slang', () => {
  it.each([
    ['un casque à 100 balles max', 10_000],
    ['des écouteurs sans fil pour 50 balles', 5_000],
    ['un café en grains, pas plus de 20 balles', 2_000],
  ])('"%s" is a budget in euros', (text, minor) => {
    expect(budgetOf(text)).toEqual({ amountMinor: minor, currency: 'EUR' });
  });

  it('"4 balles de tennis" counts balls, not euros', () => {
    expect(budgetOf('un tube de 4 balles de tennis')).toBeUndefined();
  });
});
