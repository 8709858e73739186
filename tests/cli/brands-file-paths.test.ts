import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrandDirectory } from '../../agent/directory/index.ts';
import { resolveDirectory, resolveStdioPaths } from '../../app/brands-file.ts';
import { runCli } from '../../cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-brands-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brands.json stdio paths are read relative to the file', () => {
  const file = join(dir, 'conf', 'brands.json');
  const directory = parseBrandDirectory({
    brands: [
      { id: 'script', kind: 'stdio', command: './bin/brand.sh' },
      { id: 'node-arg', kind: 'stdio', command: 'node', args: ['server.js'] },
      { id: 'sub', kind: 'stdio', command: '../tools/brand', cwd: 'brands/sub' },
      { id: 'absolute', kind: 'stdio', command: '/usr/bin/env', args: ['brand'], cwd: '/opt/brand' },
      { id: 'trailco', kind: 'builtin' },
    ],
  });
  const byId = (id: string) => resolveStdioPaths(directory, file).brands.find((b) => b.id === id)!;

  it('defaults the working directory to the file folder and makes a ./ command absolute there', () => {
    expect(byId('script')).toMatchObject({ command: join(dir, 'conf', 'bin', 'brand.sh'), cwd: join(dir, 'conf') });
  });

  it('leaves a command found on PATH alone; its relative args resolve in the file folder (the cwd)', () => {
    expect(byId('node-arg')).toMatchObject({ command: 'node', args: ['server.js'], cwd: join(dir, 'conf') });
  });

  it('reads a relative cwd from the file folder and a relative command from that cwd; absolute paths stay', () => {
    expect(byId('sub')).toMatchObject({ command: join(dir, 'conf', 'brands', 'tools', 'brand'), cwd: join(dir, 'conf', 'brands', 'sub') });
    expect(byId('absolute')).toMatchObject({ command: '/usr/bin/env', cwd: '/opt/brand' });
    expect(byId('trailco')).toEqual({ id: 'trailco', kind: 'builtin', enabled: true, connectTimeoutMs: 10_000, callTimeoutMs: 4_000 });
  });

  it('applies when the file is found through --brands or in $MAJORDOME_HOME', async () => {
    const home = join(dir, 'home');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'brands.json'), JSON.stringify({ brands: [{ id: 'x', kind: 'stdio', command: './x.sh' }] }));
    const viaHome = await resolveDirectory({ home });
    expect(viaHome.directory.brands[0]).toMatchObject({ command: join(home, 'x.sh'), cwd: home });
    const viaFlag = await resolveDirectory({ brandsFile: join(home, 'brands.json') });
    expect(viaFlag.directory.brands[0]).toMatchObject({ command: join(home, 'x.sh'), cwd: home });
  });

  it('connects a real brand declared with relative paths, whatever the current directory', async () => {
    const folder = join(dir, 'real');
    mkdirSync(folder, { recursive: true });
    const script = join(folder, 'brand.sh');
    writeFileSync(script, `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/run-ts.js')}" "${resolve('tests/fixtures/serve-fixture-brand.ts')}"\n`);
    chmodSync(script, 0o755);
    writeFileSync(
      join(folder, 'brands.json'),
      JSON.stringify({ brands: [{ id: 'fixture-shoes', kind: 'stdio', command: 'sh', args: ['brand.sh'], connectTimeoutMs: 30_000 }] }),
    );
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += String(c)));
    const code = await runCli(['brands', '--json', '--brands', join(folder, 'brands.json'), '--db', join(folder, 'm.db')], {
      stdout,
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      env: { MAJORDOME_HOME: folder },
    });
    const listed = JSON.parse(out) as { brands: Array<{ id: string }>; unreachable: unknown[] };
    expect(listed.unreachable).toEqual([]);
    expect(listed.brands.map((b) => b.id)).toEqual(['fixture-shoes']);
    expect(code).toBe(0);
  }, 60_000);
});
