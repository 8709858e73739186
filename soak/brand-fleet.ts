import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (where bin/majordome.js lives). */
export const ROOT = resolve(import.meta.dirname, '..');
/** The majordome command, run with the current node. */
export const MAJORDOME = [process.execPath, join(ROOT, 'bin', 'majordome.js')] as const;

/** Brands for a soak: two reference brands over HTTP in their own processes, one over stdio (spawned by the butler). */
export interface BrandFleet {
  /** The brands.json written for the butler. */
  readonly brandsFile: string;
  readonly ids: readonly string[];
  stop(): Promise<void>;
}

const HTTP_BRANDS = ['trailco', 'stride-lab'] as const;
const STDIO_BRAND = 'mega-sole-outlet';

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

function startHttpBrand(id: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(MAJORDOME[0], [MAJORDOME[1], 'brand', 'serve', id, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (err.length < 10_000) err += d.toString();
  });
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`brand ${id} printed no URL; stderr: ${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done({ child, url: match[1]! });
      }
    });
    child.once('exit', (code) => fail(new Error(`brand ${id} exited with ${code}: ${err}`)));
  });
}

/** Starts the HTTP brands and writes `brands.json` into `dir`. */
export async function startBrandFleet(dir: string): Promise<BrandFleet> {
  const started = await Promise.all(HTTP_BRANDS.map((id) => startHttpBrand(id)));
  // Generous timeouts: a soak measures leaks, and a loaded CI machine must not turn slow answers into missing brands.
  const timeouts = { connectTimeoutMs: 60_000, callTimeoutMs: 15_000 };
  const brands = [
    ...HTTP_BRANDS.map((id, i) => ({ id, kind: 'http', url: started[i]!.url, ...timeouts })),
    { id: STDIO_BRAND, kind: 'stdio', command: MAJORDOME[0], args: [MAJORDOME[1], 'brand', 'serve', STDIO_BRAND, '--stdio'], cwd: ROOT, ...timeouts },
  ];
  const brandsFile = join(dir, 'brands.json');
  writeFileSync(brandsFile, JSON.stringify({ brands }, null, 2));
  return {
    brandsFile,
    ids: brands.map((b) => b.id),
    stop: async () => {
      await Promise.all(started.map((s) => stopChild(s.child)));
    },
  };
}

export { stopChild };
