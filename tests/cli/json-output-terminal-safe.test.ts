// `--json` output is printed on the terminal too. JSON.stringify escapes only the C0 controls, so a brand's name
// carrying the one-byte CSI (U+009B, which terminals read as ESC [) or a bidi override reached it raw. The output must
// stay the same JSON value, with those characters written as \u escapes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../cli/commands/ask.ts';
import { brandsCommand } from '../../cli/commands/brands.ts';
import { ledgerCommand } from '../../cli/commands/ledger.ts';
import { trustCommand } from '../../cli/commands/trust.ts';
import { startHostileHttpBrand, type HostileHttpBrand } from '../security/hostile-http-brand.ts';
import { runCommand } from './cli-io.ts';

const NAME = 'Sly\u009b2J\u009b31m Shoes\u202e\u2028\u200b';
const RAW = /[\u0080-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029]/;

const dir = mkdtempSync(join(tmpdir(), 'majordome-json-safe-'));
let sly: HostileHttpBrand;
let brands: string;
const db = join(dir, 'm.db');

beforeAll(async () => {
  sly = await startHostileHttpBrand({ cardId: 'sly-shoes', name: NAME });
  brands = join(dir, 'brands.json');
  writeFileSync(brands, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'sly-shoes', kind: 'http', url: sly.url }] }));
});
afterAll(async () => {
  await sly.close();
  rmSync(dir, { recursive: true, force: true });
});

const names = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(names) : value && typeof value === 'object' ? Object.values(value).flatMap(names) : [];

describe('--json output escapes what a terminal would act on, and stays the same value', () => {
  it('ask, brands, ledger and trust', async () => {
    const env = { MAJORDOME_HOME: dir };
    const runs = [
      await runCommand(askCommand, ['waterproof trail shoes size 43', '--json', '--brands', brands, '--db', db], env),
      await runCommand(brandsCommand, ['--json', '--brands', brands, '--db', db], env),
      await runCommand(ledgerCommand, ['sly-shoes', '--json', '--db', db], env),
      await runCommand(trustCommand, ['--json', '--db', db], env),
    ];
    for (const { out } of runs) expect(out).not.toMatch(RAW);
    // Parsed back, the brand's name is there exactly as it wrote it (ask names brands by id).
    for (const { out } of runs.slice(1)) expect(names(JSON.parse(out))).toContain(NAME);
  }, 90_000);
});
