import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openButler } from '../../app/index.ts';

const root = resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('openButler', () => {
  it('hands the surfaces the butler, the need engine, the chat model, a read-only trust view, the directory and close', async () => {
    const session = await openButler({ dbPath: ':memory:', env: {} });
    try {
      expect(Object.keys(session).sort()).toEqual(['butler', 'chatModel', 'close', 'directory', 'needEngine', 'trust']);
      expect(session.butler.brands().length).toBeGreaterThan(0);
      expect(session.directory.source).toMatch(/demo/i);
      const understanding = await session.needEngine.understand('waterproof trail shoes size 43 under 150 euros');
      expect(understanding.kind).toBe('need');
      expect(session.trust.eventCount()).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('every butler is built by createButler (app, tests, bench, simulator)', () => {
    const offenders = ['agent', 'app', 'bench', 'cli', 'sim', 'tests', 'web']
      .flatMap((folder) => sources(join(root, folder)))
      .map((file) => relative(root, file).split(sep).join('/'))
      .filter((rel) => rel !== 'agent/butler/create-butler.ts' && rel !== 'tests/app/open-butler.test.ts')
      .filter((rel) => /\bnew Butler\(/.test(readFileSync(join(root, rel), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
