import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c) => (err += String(c)));
  const code = await runCli(args, { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: { MAJORDOME_HOME: '/nonexistent-majordome-home' } });
  return { code, err };
}

describe('majordome ask usage errors', () => {
  it('refuses --settle without --buy (exit 2) before shopping', async () => {
    const r = await cli(['ask', 'trail shoes size 43', '--settle']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--settle records the outcome of a purchase: use it with --buy <rank> --yes');
  });
});
