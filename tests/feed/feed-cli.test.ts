import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrandDirectoryEntrySchema, BrandDirectoryError } from '../../agent/directory/index.ts';
import { BrandClient } from '../../agent/transport/index.ts';
import { resolveDirectory } from '../../app/index.ts';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import { idsWith } from '../conformance/run-in-memory.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-feed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('majordome brand serve --feed', () => {
  it('serves a Merchant Center feed over stdio that passes majordome conformance', async () => {
    const report = await runConformance({
      kind: 'stdio',
      command: process.execPath,
      args: ['bin/majordome.js', 'brand', 'serve', 'velo-shop', '--feed', 'tests/feed/fixtures/velo-shop.tsv', '--max-discount', '5%', '--stdio'],
    });
    expect(report.reachable).toBe(true);
    expect(report.brandId).toBe('velo-shop');
    expect(idsWith(report, 'fail')).toEqual([]);
  });
});

describe('brands.json feed entries', () => {
  it('become stdio entries serving the feed, with the path read from the file\'s folder', async () => {
    const file = join(dir, 'brands.json');
    writeFileSync(file, JSON.stringify({ brands: [{ id: 'velo-shop', kind: 'feed', path: resolve('tests/feed/fixtures/velo-shop.json'), maxDiscount: 0.05, name: 'Velo Shop' }, { id: 'local', kind: 'feed', path: 'feed.tsv', callTimeoutMs: 9000 }, { id: 'trailco', kind: 'builtin' }] }));
    const { directory } = await resolveDirectory({ brandsFile: file });
    const [velo, local, trailco] = directory.brands;
    expect(velo).toMatchObject({ id: 'velo-shop', kind: 'stdio', command: process.execPath });
    expect(velo!.kind === 'stdio' && velo!.args.slice(1)).toEqual(['brand', 'serve', `--feed=${resolve('tests/feed/fixtures/velo-shop.json')}`, '--name=Velo Shop', '--max-discount=0.05', '--stdio', '--', 'velo-shop']);
    expect(local!.kind === 'stdio' && local!.args).toContain(`--feed=${join(dir, 'feed.tsv')}`);
    expect(local).toMatchObject({ callTimeoutMs: 9000, cwd: dir });
    expect(trailco).toMatchObject({ kind: 'builtin' });
  });

  it('start and answer when the shop name and the id start with "-" (each option is one --flag=value word, the id follows --)', async () => {
    const file = join(dir, 'dash.json');
    writeFileSync(file, JSON.stringify({ brands: [{ id: '-outlet', kind: 'feed', path: resolve('tests/feed/fixtures/velo-shop.tsv'), name: '-Outlet', currency: 'EUR' }] }));
    const { directory } = await resolveDirectory({ brandsFile: file });
    const entry = directory.brands[0]!;
    if (entry.kind !== 'stdio') throw new Error('a feed entry becomes a stdio entry');
    const endpoint = { kind: 'stdio' as const, command: entry.command, args: entry.args, ...(entry.cwd ? { cwd: entry.cwd } : {}) };
    const connected = await BrandClient.connect(endpoint, { connectTimeoutMs: 30_000 });
    if (!connected.ok) throw new Error(`the brand did not start: ${connected.error.message}`);
    try {
      expect(connected.value.card).toMatchObject({ id: '-outlet', name: '-Outlet' });
    } finally {
      await connected.value.close();
    }
    const report = await runConformance(endpoint);
    expect(report.reachable).toBe(true);
    expect(idsWith(report, 'fail')).toEqual([]);
  });

  it('name the field of an invalid feed entry', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ brands: [{ id: 'x', kind: 'feed', path: 'f.tsv', maxDiscount: 2 }] }));
    await expect(resolveDirectory({ brandsFile: file })).rejects.toThrow(BrandDirectoryError);
    await expect(resolveDirectory({ brandsFile: file })).rejects.toThrow(/brands\.0\.maxDiscount/);
  });

  it('name every kind a brands.json entry may have, feed included, when a kind is wrong, and each kind named loads', async () => {
    const file = join(dir, 'kind.json');
    writeFileSync(file, JSON.stringify({ brands: [{ id: 'x', kind: 'ftp' }] }));
    const error = await resolveDirectory({ brandsFile: file }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BrandDirectoryError);
    const message = (error as BrandDirectoryError).message;
    expect(message).toMatch(/brands\.0\.kind/);
    const named = [...message.slice(message.indexOf('brands.0.kind')).matchAll(/["']([a-z]+)["']/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set([...BrandDirectoryEntrySchema.options.map((o) => o.shape.kind.value), 'feed']));
    const minimal: Record<string, object> = { stdio: { command: 'node' }, http: { url: 'http://127.0.0.1:9/mcp' }, feed: { path: 'feed.tsv' } };
    for (const kind of named) {
      writeFileSync(file, JSON.stringify({ brands: [{ id: 'x', kind, ...minimal[kind!] }] }));
      await expect(resolveDirectory({ brandsFile: file }), kind).resolves.toBeDefined();
    }
  });
});
