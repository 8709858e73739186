// `majordome brands` and `majordome serve` print what brands wrote: a card name, and the error a brand's server
// answered when it could not be reached (a JSON-RPC error message, the body of an HTTP 500). A hostile brand writes
// escape sequences (clear the screen, colour), a line break and a forged ranking line, and a bidi override.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandsCommand } from '../../cli/commands/brands.ts';
import { startHostileHttpBrand, type HostileHttpBrand } from '../security/hostile-http-brand.ts';
import { runCommand } from './cli-io.ts';

const ESC = '\u001b';
const HOSTILE = `down${ESC}[2J${ESC}[31m\r\n 1. Trailco — 9.99 EUR recommended\u202e`;
const UNSAFE = /[\u001b\r\u202e]/;
const ROOT = resolve(import.meta.dirname, '..', '..');

const dir = mkdtempSync(join(tmpdir(), 'majordome-brands-hostile-'));
let named: HostileHttpBrand;
let failing: HostileHttpBrand;
let crashing: HostileHttpBrand;
let brands: string;

beforeAll(async () => {
  named = await startHostileHttpBrand({ cardId: 'sly-shoes', name: `Sly${ESC}[2J${ESC}[31m RED\u202e` });
  failing = await startHostileHttpBrand({ cardId: 'sly-rpc', script: { hello: () => ({ raw: JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -32000, message: HOSTILE } }) }) } });
  crashing = await startHostileHttpBrand({ cardId: 'sly-500', script: { hello: () => ({ raw: HOSTILE, status: 500, contentType: 'text/plain' }) } });
  brands = join(dir, 'brands.json');
  writeFileSync(
    brands,
    JSON.stringify({
      brands: [
        { id: 'trailco', kind: 'builtin' },
        { id: 'sly-shoes', kind: 'http', url: named.url },
        { id: 'sly-rpc', kind: 'http', url: failing.url },
        { id: 'sly-500', kind: 'http', url: crashing.url },
      ],
    }),
  );
});
afterAll(async () => {
  await Promise.all([named.close(), failing.close(), crashing.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('brand text printed by majordome brands and majordome serve', () => {
  it('brands: the card name is quoted and terminal-safe, the unreachable brands’ errors are quoted on their own line', async () => {
    const { out, code } = await runCommand(brandsCommand, ['--brands', brands, '--db', join(dir, 'brands.db')], { MAJORDOME_HOME: dir });
    expect(code).toBe(1);
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('“Sly RED”');
    // One line per brand and per unreachable brand: the forged ranking line never stands on its own.
    expect(out.split('\n').filter((line) => line.trim() !== '')).toHaveLength(1 + 2 + 2);
    expect(out.split('\n').filter((line) => /^\s*1\. Trailco/.test(line))).toEqual([]);
  });

  it('serve: the unreachable brands’ errors on stderr are quoted and terminal-safe', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'majordome.js'), 'serve', '--port', '0', '--brands', brands, '--db', join(dir, 'serve.db')], { cwd: dir, env: { ...process.env, MAJORDOME_HOME: dir } });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 30_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Open http')) {
          clearTimeout(timer);
          resolvePromise();
        }
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    await new Promise<void>((resolvePromise) => {
      child.once('exit', () => resolvePromise());
      child.kill('SIGTERM');
    });
    expect(err).toContain('sly-rpc unreachable');
    expect(err).toContain('sly-500 unreachable');
    expect(err).not.toMatch(UNSAFE);
    expect(err.split('\n').filter((line) => /^\s*1\. Trailco/.test(line))).toEqual([]);
  }, 60_000);
});
