import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// A shop outside this repository: pack protocol/ and brand-agent/ as npm would publish them, install the tarballs
// into fresh projects in the system temp folder, and check the installed SDK with the conformance kit.
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'majordome.js');
const run = promisify(execFile);

const ManifestSchema = z.object({ name: z.string(), version: z.string() });
const ReportsSchema = z.object({
  ok: z.boolean(),
  reports: z.array(z.object({ brandId: z.string().optional(), passed: z.number(), results: z.array(z.object({ id: z.string(), status: z.string(), reason: z.string() })) })),
});

/** The environment of a child npm: npm_* variables of an enclosing `npm test` would steer it (workspace, prefix). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

async function npm(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

function tarballName(folder: string): string {
  const { name, version } = ManifestSchema.parse(JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')));
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** Runs `majordome conformance --json` against a stdio command started in `cwd`; the parsed report. */
async function conformance(cwd: string, command: string, only?: string[]): Promise<z.infer<typeof ReportsSchema>> {
  const args = [cli, 'conformance', '--json', ...(only ? ['--only', only.join(',')] : []), command];
  const result = await run(process.execPath, args, { cwd, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 }).catch((error: { stdout?: string }) => error);
  return ReportsSchema.parse(JSON.parse(result.stdout ?? ''));
}

function failures(report: z.infer<typeof ReportsSchema>): string[] {
  return report.reports.flatMap((r) => r.results.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.reason}`));
}

const work = mkdtempSync(join(tmpdir(), 'majordome-packaging-'));
const tarballs = ['protocol', 'brand-agent'].map((folder) => join(work, tarballName(folder)));
const shop = join(work, 'shop');

beforeAll(async () => {
  // Pack from a copy so the build never writes into the working tree (dist/ appears and disappears while others type-check).
  const copy = join(work, 'repo');
  const skip = (path: string) => !/(^|\/)(dist|\.build|node_modules)(\/|$)/.test(relative(root, path));
  for (const entry of ['protocol', 'brand-agent', 'bin', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(copy, entry), { recursive: true, filter: skip });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  await npm(copy, ['pack', '-w', 'protocol', '-w', 'brand-agent', '--pack-destination', work]);

  mkdirSync(shop);
  await npm(shop, ['init', '-y']);
  await npm(shop, ['install', '--prefer-offline', ...tarballs]);
  cpSync(join(root, 'examples', 'sdk-brand', 'brand.mjs'), join(shop, 'brand.mjs'));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed SDK', () => {
  it('is packed outside the repository', () => {
    expect(relative(root, work).startsWith('..')).toBe(true);
  });

  it('ships compiled JavaScript and declarations, importing the protocol by package name', async () => {
    for (const tarball of tarballs) {
      const files = (await run('tar', ['tzf', tarball])).stdout.trim().split('\n');
      expect(files).toContain('package/dist/index.js');
      expect(files).toContain('package/dist/index.d.ts');
      expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
      expect(files.filter((f) => !/^package\/(dist\/|schema\/|test-vectors\/|package\.json$|README\.md$)/.test(f))).toEqual([]);
    }
    const installed = join(shop, 'node_modules', '@majordome');
    const core = readFileSync(join(installed, 'brand-agent', 'dist', 'create-brand-agent.js'), 'utf8');
    expect(core).toContain('from "@majordome/protocol"');
    expect(core).not.toMatch(/\.\.\/protocol|\.ts["']/);
    expect(readFileSync(join(installed, 'brand-agent', 'dist', 'index.d.ts'), 'utf8')).not.toMatch(/from ['"]\.[^'"]*\.ts['"]/);
    const shopManifest = readFileSync(join(shop, 'package.json'), 'utf8');
    expect(shopManifest).not.toContain('tsx');
  });

  it('runs the example brand in a fresh CommonJS project (npm init -y) and passes every conformance check', async () => {
    const report = await conformance(shop, 'node brand.mjs');
    expect(failures(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.reports[0]?.brandId).toBe('ridge-shoes');
    expect(report.reports[0]?.passed).toBeGreaterThanOrEqual(25);
  }, 120_000);

  it('runs as brand.js in a folder whose package.json names no module type (was ERR_REQUIRE_CYCLE_MODULE)', async () => {
    const folder = join(work, 'typeless');
    mkdirSync(folder);
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'typeless-shop', version: '1.0.0', private: true }));
    symlinkSync(join(shop, 'node_modules'), join(folder, 'node_modules'), 'dir');
    cpSync(join(shop, 'brand.mjs'), join(folder, 'brand.js'));
    const report = await conformance(folder, 'node brand.js', ['server.initialize', 'hello.negotiate', 'brief.valid-per-category', 'order.receipt']);
    expect(failures(report)).toEqual([]);
    expect(report.reports[0]?.passed).toBe(4);
  }, 120_000);

  it('serves the same brand written as CommonJS, loading both packages with require()', async () => {
    const esm = readFileSync(join(shop, 'brand.mjs'), 'utf8');
    const commonJs = esm
      .replace(/^import \{ ([^}]+) \} from '([^']+)';$/gm, "const { $1 } = require('$2');")
      .replace(/^export const /gm, 'const ')
      .replace(/^await serveBrandOverStdio\(ridgeShoes\);$/m, 'serveBrandOverStdio(ridgeShoes);');
    expect(commonJs).not.toMatch(/^(import|export|await) /m);
    writeFileSync(join(shop, 'brand.cjs'), commonJs);
    const report = await conformance(shop, 'node brand.cjs', ['server.initialize', 'hello.negotiate', 'brief.valid-per-category', 'order.receipt']);
    expect(failures(report)).toEqual([]);
    expect(report.reports[0]?.passed).toBe(4);
  }, 120_000);

  it('serves the plain MCP reference brand from the schema files the protocol tarball ships', async () => {
    cpSync(join(root, 'examples', 'plain-mcp-brand', 'brand.mjs'), join(shop, 'plain-brand.mjs'));
    const schemaDir = join(shop, 'node_modules', '@majordome', 'protocol', 'schema');
    const report = await conformance(shop, `env MAJORDOME_SCHEMA_DIR=${schemaDir} node plain-brand.mjs`, ['server.initialize', 'tools.schemas', 'order.receipt']);
    expect(failures(report)).toEqual([]);
    expect(report.reports[0]?.brandId).toBe('plain-roasters');
    expect(report.reports[0]?.passed).toBe(3);
  }, 120_000);

  it('type-checks a TypeScript brand against the shipped declarations', async () => {
    writeFileSync(
      join(shop, 'typed.ts'),
      [
        "import { createBrandAgent, type BrandAgentDefinition } from '@majordome/brand-agent';",
        "import { PROTOCOL_VERSION, type Offer } from '@majordome/protocol';",
        'export const version: string = PROTOCOL_VERSION;',
        "export const price: Offer['price'] = { amountMinor: 100, currency: 'EUR' };",
        'export const make = (definition: BrandAgentDefinition) => createBrandAgent(definition);',
        '// @ts-expect-error a brand definition needs a card, a catalog and handlers',
        'make({});',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck'];
    const types = ['--typeRoots', join(root, 'node_modules', '@types'), '--types', 'node'];
    const result = await run(process.execPath, [tsc, ...options, ...types, 'typed.ts'], { cwd: shop }).catch((error: { stdout?: string }) => error);
    expect(result.stdout ?? '').toBe('');
  }, 120_000);
});
