import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-sim-out-'));
const file = join(dir, 'results.json');
writeFileSync(file, '{}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function simulate(out: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  let err = '';
  stdout.on('data', (c) => (text += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await runCli(['simulate', '01-half-dishonest', '--consumers', '1', '--rounds', '1', '--workers', '1', '--no-events', '--json', '--out', out], { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, out: text, err };
}

describe('majordome simulate --out', () => {
  it.each([
    ['an existing file', file],
    ['a folder under a file', join(file, 'exp1')],
  ])('refuses %s before running anything (on 6f5619c the whole simulation ran, then failed writing it: EEXIST / ENOTDIR, results lost)', async (_label, out) => {
    const r = await simulate(out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--out ${out}: cannot write results there (a file is in the way)`);
    expect(r.out).toBe('');
  });
});
