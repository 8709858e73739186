import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';
import { tinyScenario } from '../sim/sim-fixtures.ts';

// A researcher's scenario file (or one handed to a shared queue) is untrusted input: a variant's dotted path or a
// --set override must only ever name the scenario's own fields.

async function simulate(argv: string[]): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(['simulate', ...argv], { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} });
  return { code, stderr: err };
}

const dir = mkdtempSync(join(tmpdir(), 'hostile-scenario-'));
/** Writes a scenario file whose JSON text is `json` (so a "__proto__" key stays a key, as JSON.parse reads it). */
function scenarioFile(name: string, json: string): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, json);
  return path;
}
const small = () => tinyScenario({ consumers: { count: 1 }, rounds: 1, policies: ['butler', 'cheapest'] });
const polluted = () => Object.hasOwn(Object.prototype, 'polluted');

afterEach(() => {
  // On a build that lets the attack through, undo it so no other test runs in a polluted process.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('a hostile scenario file', () => {
  it('(fixed) a variant setting "__proto__.polluted" is refused as an unknown field; Object.prototype is untouched (on main every object of the process gained "polluted")', async () => {
    const path = scenarioFile('proto-variant', JSON.stringify({ ...small(), variants: [{ name: 'a', set: { X: 'yes' } }] }).replace('"X"', '"__proto__.polluted"'));
    const { code, stderr } = await simulate([path, '--out', join(dir, 'out-proto')]);
    expect(polluted()).toBe(false);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/\[INVALID_SCENARIO\][^\n]*\(variant a\): \(root\): Unrecognized key: "__proto__"/);
  });

  it('--set constructor.prototype.polluted=1 is refused with a typed error; no prototype changes (main refused it too: a function is not an object to walk)', async () => {
    const path = scenarioFile('plain', JSON.stringify(small()));
    const { code, stderr } = await simulate([path, '--out', join(dir, 'out-ctor'), '--set', 'constructor.prototype.polluted=1']);
    expect(polluted()).toBe(false);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/\[INVALID_(SCENARIO|PARAM)\][^\n]*constructor/);
  });

  it('(fixed) a value nested 200,000 arrays deep in a variant is a typed schema error, not "Maximum call stack size exceeded"', async () => {
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const path = scenarioFile('deep-variant', JSON.stringify({ ...small(), variants: [{ name: 'a', set: { 'brands.params.honest': 'X' } }] }).replace('"X"', deep));
    const { code, stderr } = await simulate([path, '--out', join(dir, 'out-deep'), '--rounds', '1']);
    expect(code).not.toBe(0);
    expect(stderr).not.toMatch(/call stack/);
    expect(stderr).toMatch(/\[INVALID_SCENARIO\][^\n]*\(variant a\): brands\.params\.honest: /);
  });

  it('an honest override still sets nested fields and leaves the file as read', async () => {
    const path = scenarioFile('honest', JSON.stringify({ ...small(), variants: [{ name: 'a', set: { 'brands.params.pushy.validForMinutes': 5 } }] }));
    const { code } = await simulate([path, '--out', join(dir, 'out-honest'), '--set', 'brands.dishonestShare=0.25', '--no-events']);
    expect(code).toBe(0);
  });
});
