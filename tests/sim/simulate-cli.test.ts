import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';
import { tinyScenario } from './sim-fixtures.ts';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(argv, { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, stdout: out, stderr: err };
}

const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
const scenarioPath = join(dir, 'tiny.json');
writeFileSync(scenarioPath, JSON.stringify(tinyScenario({ consumers: { count: 1 }, rounds: 2, policies: ['butler', 'cheapest', 'oracle'] })));

describe('majordome simulate', () => {
  it('lists the built-in experiments', async () => {
    const { code, stdout } = await cli(['simulate', '--list']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(['01-half-dishonest', '02-order-bias', '03-manipulation', '04-defectors', '05-divergence', '06-open-market', '07-long-con']);
  });

  it('refuses bad arguments with the usage, and bad scenarios with the failing path', async () => {
    const noOut = await cli(['simulate', scenarioPath]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out <dir> is required[\s\S]*Usage: majordome simulate/);
    const badMode = await cli(['simulate', scenarioPath, '--out', dir, '--mode', 'warp']);
    expect(badMode.code).toBe(2);
    const missing = await cli(['simulate', join(dir, 'nope.json'), '--out', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no scenario file/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...tinyScenario(), consumers: { count: -3 } }));
    const invalid = await cli(['simulate', bad, '--out', dir]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/INVALID_SCENARIO.*consumers\.count/);
  });

  it('runs a scenario with overrides and writes the four outputs, with plain progress lines off a terminal', async () => {
    const out = join(dir, 'run');
    const { code, stdout, stderr } = await cli(['simulate', scenarioPath, '--out', out, '--workers', '1', '--seed', '5', '--set', 'brands.count=4']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/100\.0%\s+2\/2 consumer-rounds .*\/s .*ETA 0s\n/);
    expect(stderr).not.toContain('\r');
    expect(stdout).toMatch(/policy\s+welfare ÷ oracle/);
    expect(stdout).toMatch(/(The butler (left its people (better|WORSE) off than|could not be told apart from)|Too few consumers to compare the butler with) buying the cheapest offer/);
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as { variants: Array<{ metrics: { scenario: { seed: number }; brands: unknown[] } }> };
    expect(metrics.variants[0]!.metrics.scenario.seed).toBe(5);
    expect(metrics.variants[0]!.metrics.brands.length).toBe(4);
    for (const f of ['rounds.csv', 'events.csv', 'report.html']) expect(readFileSync(join(out, f), 'utf8').length).toBeGreaterThan(100);
  }, 60_000);

  it('sweeps a parameter into one combined table', async () => {
    const out = join(dir, 'sweep');
    const { code, stdout } = await cli(['simulate', 'sweep', scenarioPath, '--param', 'brands.dishonestShare=0,1', '--out', out, '--workers', '1', '--json', '--no-events']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { files: string[]; metrics: { axes: string[]; variants: Array<{ name: string }> } };
    expect(summary.metrics.axes).toEqual(['brands.dishonestShare']);
    expect(summary.metrics.variants.map((v) => v.name)).toEqual(['dishonestShare=0', 'dishonestShare=1']);
    expect(summary.files.some((f) => f.endsWith('events.csv'))).toBe(false);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('against brands.dishonestShare');
  }, 60_000);

  it('runs a study over several seeds and pools them with per-consumer CIs, the same bytes for the same seeds', async () => {
    const out = join(dir, 'seeds');
    const args = (to: string) => ['simulate', scenarioPath, '--out', to, '--workers', '1', '--seed', '5', '--seeds', '2', '--consumers', '2', '--set', 'policies=["butler","naive","oracle"]', '--no-events'];
    const { code, stdout } = await cli(args(out));
    expect(code).toBe(0);
    expect(stdout).toMatch(/butler − …\s+difference ÷ mean oracle welfare\s+95 % CI\s+money per unit/);
    expect(stdout).toMatch(/Σ ÷ Σ oracle/);
    expect((await cli(args(join(dir, 'seeds-again')))).code).toBe(0);
    expect(readFileSync(join(dir, 'seeds-again', 'seeds.json'), 'utf8')).toBe(readFileSync(join(out, 'seeds.json'), 'utf8'));
    expect(stdout).toMatch(/seeds 5, 6/);
    const seeds = JSON.parse(readFileSync(join(out, 'seeds.json'), 'utf8')) as { seeds: number[]; statistics: { units: number; nonPositiveReference: { oracle: number }; paired: Array<{ versus: string; money: { n: number } }> } };
    expect(seeds.seeds).toEqual([5, 6]);
    expect(seeds.statistics.paired.map((p) => p.versus)).toEqual(['naive']);
    expect(seeds.statistics.paired[0]!.money.n).toBe(seeds.statistics.units + seeds.statistics.nonPositiveReference.oracle);
    const m5 = readFileSync(join(out, 'seed-5', 'metrics.json'), 'utf8');
    const m6 = readFileSync(join(out, 'seed-6', 'metrics.json'), 'utf8');
    expect(m5).not.toBe(m6);
    const bad = await cli(['simulate', 'sweep', scenarioPath, '--param', 'brands.count=2,3', '--seeds', '2', '--out', out]);
    expect(bad.code).toBe(2);
  }, 120_000);
});
