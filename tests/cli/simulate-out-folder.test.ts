import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMajordome } from './cli-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-sim-out-'));
const file = join(dir, 'results.json');
writeFileSync(file, '{}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const simulate = (out: string) => runMajordome(['simulate', '01-half-dishonest', '--consumers', '1', '--rounds', '1', '--workers', '1', '--no-events', '--json', '--out', out], {});

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
