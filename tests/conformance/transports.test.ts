import { afterEach, describe, expect, it } from 'vitest';
import { serveBrandOverHttp } from '../../brand-agent/index.ts';
import { conformanceTargetFromText, runConformance, splitCommandLine } from '../../brand-agent/conformance/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { idsWith } from './run-in-memory.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('conformance over real transports', () => {
  it('passes the fixture brand served as a child process over stdio', async () => {
    const report = await runConformance({ kind: 'stdio', command: process.execPath, args: ['bin/run-ts.js', 'tests/fixtures/serve-fixture-brand.ts'] });
    expect(report.reachable).toBe(true);
    expect(idsWith(report, 'fail')).toEqual([]);
    expect(report.brandId).toBe('fixture-shoes');
    expect(report.target).toContain('serve-fixture-brand.ts');
  });

  it('passes the fixture brand served over Streamable HTTP, twice against the same server', async () => {
    const server = await serveBrandOverHttp(fixtureBrand());
    cleanups.push(server.close);
    const first = await runConformance({ kind: 'http', url: server.url });
    expect(idsWith(first, 'fail')).toEqual([]);
    // A long-lived brand keeps its orders; a second run must not trip over the first run's idempotency keys.
    const second = await runConformance({ kind: 'http', url: server.url });
    expect(idsWith(second, 'fail')).toEqual([]);
  });

  it('reports an unreachable HTTP brand without running the checks', async () => {
    const report = await runConformance({ kind: 'http', url: 'http://127.0.0.1:1/mcp' }, { connectTimeoutMs: 3_000 });
    expect(report.reachable).toBe(false);
    expect(report.ok).toBe(false);
    expect(report.connectError).toMatch(/ECONNREFUSED|fetch failed/);
    expect(idsWith(report, 'fail')).toEqual(['server.initialize']);
    expect(report.skipped).toBe(report.results.length - 1);
  });

  it('reports a stdio command that does not exist as unreachable', async () => {
    const report = await runConformance({ kind: 'stdio', command: 'majordome-no-such-command-xyz' }, { connectTimeoutMs: 3_000 });
    expect(report.reachable).toBe(false);
    expect(report.connectError).toMatch(/ENOENT|spawn|closed/i);
  });

  it("quotes a crashing stdio brand's stderr in the connection error", async () => {
    const report = await runConformance(
      { kind: 'stdio', command: process.execPath, args: ['-e', 'console.error("missing catalog file"); process.exit(3)'] },
      { connectTimeoutMs: 5_000 },
    );
    expect(report.reachable).toBe(false);
    expect(report.connectError).toContain('missing catalog file');
  });
});

describe('reading targets from text', () => {
  it('reads URLs as HTTP targets and anything else as a stdio command line', () => {
    expect(conformanceTargetFromText('http://127.0.0.1:8080/mcp')).toEqual({ kind: 'http', url: 'http://127.0.0.1:8080/mcp' });
    expect(conformanceTargetFromText('  node "my server.js" --stdio ')).toEqual({ kind: 'stdio', command: 'node', args: ['my server.js', '--stdio'] });
  });

  it('splits command lines with quotes and escapes', () => {
    expect(splitCommandLine(`a 'b c' "d \\"e\\"" f\\ g ''`)).toEqual(['a', 'b c', 'd "e"', 'f g', '']);
    expect(() => splitCommandLine('node "unterminated')).toThrow(/unterminated/);
    expect(() => conformanceTargetFromText('   ')).toThrow(/empty/);
  });
});
