import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandDirectoryError } from '../../agent/directory/index.ts';
import { CorruptMemoryError } from '../../agent/butler/index.ts';
import { CliUsageError } from '../../cli/command.ts';
import { MajordomeError } from '../../protocol/index.ts';
import { SimError } from '../../sim/sim-error.ts';
import { WebError } from '../../web/web-error.ts';
import { ROOT, repoPath, sourceFiles } from './source-files.ts';

const SOURCE_FOLDERS = ['protocol', 'brand-agent', 'storage', 'agent', 'sim', 'app', 'cli', 'web', 'bench', 'examples'];
/** The two roots: the local fault and the error that crosses the wire (house style §4). */
const ROOTS = new Set(['protocol/majordome-error.ts', 'protocol/errors.ts']);

describe('error classes', () => {
  it('only MajordomeError and ProtocolError extend Error directly', () => {
    const direct: string[] = [];
    for (const folder of SOURCE_FOLDERS) {
      for (const file of sourceFiles(join(ROOT, folder))) {
        const rel = repoPath(file);
        if (ROOTS.has(rel)) continue;
        for (const m of readFileSync(file, 'utf8').matchAll(/class\s+(\w+)(?:<[^>]*>)?\s+extends\s+(?:globalThis\.)?Error\b/g)) direct.push(`${rel}: ${m[1]}`);
      }
    }
    expect(direct).toEqual([]);
  });

  it('the folder errors are MajordomeErrors with a typed code, a message and an optional cause', () => {
    const cause = new Error('root cause');
    const errors = [
      [new SimError('INVALID_PARAM', 'bad --set', { path: 'x' }, { cause }), 'INVALID_PARAM', 'SimError'],
      [new WebError('NOT_FOUND', 'no such page', [], { cause }), 'NOT_FOUND', 'WebError'],
      [new BrandDirectoryError('brands.json: entries.0.id: required', { cause }), 'INVALID_BRAND_DIRECTORY', 'BrandDirectoryError'],
      [new CorruptMemoryError('profile is not valid JSON', { cause }), 'CORRUPT_MEMORY', 'CorruptMemoryError'],
      [new CliUsageError('unknown flag --x', { cause }), 'USAGE', 'CliUsageError'],
    ] as const;
    for (const [error, code, name] of errors) {
      expect(error).toBeInstanceOf(MajordomeError);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error.cause).toBe(cause);
    }
    expect(new SimError('INVALID_PARAM', 'x', { path: 'a' }).details).toEqual({ path: 'a' });
    expect(new WebError('INVALID_BODY', 'bad', [{ path: 'a', message: 'b' }]).toJSON()).toEqual({ error: { code: 'INVALID_BODY', message: 'bad', issues: [{ path: 'a', message: 'b' }] } });
    expect(new WebError('RATE_LIMITED', 'slow down').status).toBe(429);
  });
});
