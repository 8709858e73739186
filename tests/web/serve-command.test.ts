import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';
import { TOKEN_HEADER } from '../../web/index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Starts `majordome serve` as a child process and waits for the URL it prints. */
async function startServe(args: string[], home: string): Promise<{ child: ChildProcessWithoutNullStreams; url: URL; stdout: () => string; stderr: () => string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'majordome.js'), 'serve', '--port', '0', ...args], { cwd: home, env: { ...process.env, MAJORDOME_HOME: home } });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<URL>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Open (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise(new URL(match[1]!));
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { child, url, stdout: () => out, stderr: () => err };
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolvePromise) => {
    child.once('exit', (code) => resolvePromise(code));
    child.kill('SIGTERM');
  });
}

describe('majordome serve', () => {
  it('prints a tokened URL on 127.0.0.1, keeps the token per install, warns off loopback, and stops gracefully on SIGTERM', async () => {
    const home = mkdtempSync(join(tmpdir(), 'majordome-serve-'));
    // Two servers on the same install at once: one on loopback, one deliberately on every interface.
    const [local, open] = await Promise.all([startServe([], home), startServe(['--host', '0.0.0.0'], home)]);
    expect(local.url.hostname).toBe('127.0.0.1');
    const token = local.url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(open.url.searchParams.get('token')).toBe(token);
    const entry = await fetch(local.url, { redirect: 'manual' });
    expect(entry.status).toBe(303);
    const base = `${local.url.protocol}//${local.url.host}`;
    expect((await fetch(`${base}/api/trust`)).status).toBe(401);
    expect((await fetch(`${base}/api/trust`, { headers: { [TOKEN_HEADER]: token } })).status).toBe(200);
    expect(local.stdout()).toContain(`Reports: ${join(home, 'reports')}`);
    expect(local.stderr()).not.toContain('WARNING');
    expect(open.stderr()).toContain('WARNING: listening on 0.0.0.0, not on loopback');
    const [localCode, openCode] = await Promise.all([stop(local.child), stop(open.child)]);
    expect([localCode, openCode]).toEqual([0, 0]);
    expect(local.stdout()).toContain('SIGTERM: stopping');
  }, 60_000);

  it('rejects a bad port or host as a usage error', async () => {
    let err = '';
    const io = {
      stdout: new Writable({ write: (_c, _e, cb) => cb() }),
      stderr: new Writable({ write: (c: Buffer, _e, cb) => ((err += c.toString()), cb()) }),
      stdin: process.stdin,
      env: {},
    };
    expect(await runCli(['serve', '--port', 'http'], io)).toBe(2);
    expect(err).toContain('--port');
    expect(await runCli(['serve', '--host', 'evil host/'], io)).toBe(2);
    expect(err).toContain('--host');
  });
});
