import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, repoPath, sourceFiles } from './source-files.ts';

const SOURCE_FOLDERS = ['protocol', 'brand-agent', 'storage', 'agent', 'sim', 'app', 'cli', 'web', 'bench', 'examples'];
/** The one file allowed to know how many minor units make a major one. */
const MONEY_MODULE = 'protocol/money.ts';

/**
 * Money arithmetic that assumes two minor digits (a yen amount printed 100× too small, a dinar one 10× too large).
 * Precise on purpose: percentages (`share * 100`, `Math.round(x * 100) / 100`) are not money and stay allowed.
 */
const FORBIDDEN: ReadonlyArray<{ readonly pattern: RegExp; readonly what: string }> = [
  { pattern: /\b\w*(?:Minor|minor)\b\)?\s*\/\s*100\b/, what: 'minor units divided by 100' },
  { pattern: /\b\w*(?:[pP]rice|[bB]udget|[wW]elfare|[cC]harged|[aA]mount|[sS]pend)\w*(?:\s*\?\?\s*\w+)?\)?\s*\/\s*100\b/, what: 'an amount divided by 100' },
  { pattern: /\/\s*100\s*\)\s*\.toFixed\(/, what: '(x / 100).toFixed(…): two decimals assumed' },
  { pattern: /\b\w*(?:Minor|minor|[aA]mount|[pP]rice|[bB]udget|[eE]uros?)\w*\)?\s*\*\s*100\b/, what: 'an amount multiplied by 100' },
  { pattern: /Math\.round\(\s*Number\([^)]*\)\s*\*\s*100\s*\)/, what: 'a typed amount multiplied by 100' },
];

/** Every forbidden line of a text, as "line: what — code". */
export function moneyArithmeticViolations(text: string): string[] {
  const out: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
    for (const rule of FORBIDDEN) if (rule.pattern.test(code)) out.push(`${i + 1}: ${rule.what} — ${line.trim()}`);
  }
  return out;
}

describe('money arithmetic lives in protocol/money.ts', () => {
  it('no source file divides or multiplies money by 100 (use minorDigitsOf, toMinorUnits, toMajorUnits, formatMoney)', () => {
    const violations: string[] = [];
    for (const folder of SOURCE_FOLDERS) {
      for (const file of sourceFiles(join(ROOT, folder))) {
        const rel = repoPath(file);
        if (rel === MONEY_MODULE) continue;
        for (const v of moneyArithmeticViolations(readFileSync(file, 'utf8'))) violations.push(`${rel}:${v}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('catches the shapes that printed a yen cap 100× too small, and leaves percentages alone', () => {
    for (const bad of [
      'const text = `${(money.amountMinor / 100).toFixed(2)} ${money.currency}`;',
      'return (minor / 100).toFixed(2);',
      'values: rounds.map((r) => (r.welfare ?? 0) / 100)',
      'return Math.round(Number(value) * 100);',
      'const minor = amount * 100;',
      'const major = budgetMinor / 100;',
    ]) {
      expect(moneyArithmeticViolations(bad), bad).not.toEqual([]);
    }
    for (const fine of [
      'const pct = (x: number) => `${Math.round(x * 100)}%`;',
      'data.priceRatio = Math.round(ratio * 100) / 100;',
      'return r === null ? null : `${(r * 100).toFixed(1)}%`;',
      'const rank = Math.ceil((p / 100) * sorted.length);',
      '// amountMinor / 100 would be wrong for JPY',
    ]) {
      expect(moneyArithmeticViolations(fine), fine).toEqual([]);
    }
  });
});
