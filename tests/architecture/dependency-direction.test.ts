import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, repoPath, sourceFiles } from './source-files.ts';

const LAYERS = ['protocol', 'brand-agent', 'storage', 'agent', 'sim', 'app', 'cli', 'web'] as const;
type Layer = (typeof LAYERS)[number];

/** Which top-level folders each layer may import (the one-way dependency rule). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  protocol: [],
  'brand-agent': ['protocol'],
  storage: ['protocol'],
  agent: ['protocol', 'storage'],
  sim: ['protocol', 'storage', 'agent', 'brand-agent'],
  // app/ is the composition root: it wires agent, storage and the reference market for the surfaces.
  app: ['protocol', 'storage', 'agent', 'sim', 'brand-agent'],
  cli: ['protocol', 'storage', 'agent', 'sim', 'brand-agent', 'app', 'web'],
  web: ['protocol', 'storage', 'agent', 'sim', 'brand-agent', 'app'],
};

/** Vendor SDKs live in few places: the MCP SDK in transports and servers, openai in one adapter. */
const VENDOR_RULES: Array<{ pkg: RegExp; allowed: RegExp; what: string }> = [
  { pkg: /^@modelcontextprotocol\/sdk/, allowed: /^(brand-agent\/|agent\/transport\/|agent\/mcp\/)/, what: 'the MCP SDK' },
  { pkg: /^openai($|\/)/, allowed: /^agent\/llm\/openai-[a-z-]+\.ts$/, what: 'the openai SDK' },
  { pkg: /^(drizzle-orm|better-sqlite3)/, allowed: /^storage\//, what: 'the database drivers' },
  { pkg: /^(bullmq|ioredis)($|\/)/, allowed: /^sim\/queue\//, what: 'the job queue (BullMQ, ioredis)' },
  // Measured against the hand-written deadline reader (tests/need/deadline-parser-comparison.test.ts), which stays.
  { pkg: /^chrono-node($|\/)/, allowed: /^agent\/need\/chrono-[a-z-]+\.ts$/, what: 'chrono-node' },
];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

const files = LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer)).map((file) => ({ layer, file, rel: repoPath(file) })));

describe('architecture', () => {
  it('dependencies point one way between top-level folders', () => {
    const violations: string[] = [];
    for (const { layer, file, rel } of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = repoPath(resolve(dirname(file), spec));
        const targetLayer = target.split('/')[0] as Layer;
        if (targetLayer === layer || !LAYERS.includes(targetLayer)) continue;
        if (!ALLOWED[layer].includes(targetLayer)) violations.push(`${rel} imports ${target} (${layer} may not depend on ${targetLayer})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('other folders import a folder only through its index.ts', () => {
    const violations: string[] = [];
    for (const { layer, file, rel } of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = repoPath(resolve(dirname(file), spec));
        const targetLayer = target.split('/')[0];
        if (targetLayer === layer || !LAYERS.includes(targetLayer as Layer)) continue;
        if (!target.endsWith('/index.ts')) violations.push(`${rel} imports ${target} instead of an index.ts`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('vendor SDKs are imported only where they belong', () => {
    const violations: string[] = [];
    for (const { rel, file } of files) {
      for (const spec of importsOf(file)) {
        for (const rule of VENDOR_RULES) {
          if (rule.pkg.test(spec) && !rule.allowed.test(rel)) violations.push(`${rel} imports ${rule.what} (${spec})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
