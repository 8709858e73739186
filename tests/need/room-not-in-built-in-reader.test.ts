import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

// mendneed39 (review39c HIGH 3): the built-in reader (category and open-market paths) applied a share of room to the
// figure, so room beat an explicit cap ("not a cent over 105"), multiplied with "around", was unbounded ("500 % more")
// and was applied when conditional ("if wireless"). Room is read on the LLM cap path only: a room clause leaves the
// built-in reading as it is without that clause.
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

function budgetOf(u: ReturnType<typeof understandNeedText>): number | undefined {
  const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
  return need?.budget?.amountMinor;
}

const ROWS: ReadonlyArray<readonly [string, string]> = [
  ['headphones under 100, 10 % more is fine, but not a cent over 105', 'headphones under 100'],
  ['headphones max 100, not a cent more, 10 % leeway', 'headphones max 100, not a cent more'],
  ['headphones around 100, can stretch 10 %', 'headphones around 100'],
  ['headphones under 100, 500 % more is fine', 'headphones under 100'],
  ["headphones under 100, I'd pay 10 % more for noise cancelling", 'headphones under 100, noise cancelling'],
  ['headphones under 100, 20 % more is ok if they are wireless', 'headphones under 100, wireless'],
];

describe('a share of room does not move the built-in reading', () => {
  it.each(ROWS)('%s reads as %s', (text, without) => {
    const plain = budgetOf(understandNeedText(without, ctx));
    expect(plain).toBeDefined();
    expect(budgetOf(understandNeedText(text, ctx))).toBe(plain);
    expect(budgetOf(readRequest(text))).toBe(budgetOf(readRequest(without)));
  });
});
