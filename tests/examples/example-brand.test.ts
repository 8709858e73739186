import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkBrandInMemory } from '../../brand-agent/index.ts';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import { ridgeShoes } from '../../examples/brand-agent.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the README brand-agent example', () => {
  it('is under 60 lines and appears verbatim in the README', () => {
    const source = readFileSync(join(root, 'examples', 'brand-agent.ts'), 'utf8');
    expect(source.trimEnd().split('\n').length).toBeLessThan(60);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(source.trimEnd());
  });

  it('passes the conformance kit', async () => {
    const link = await linkBrandInMemory(ridgeShoes);
    const report = await runConformance({ kind: 'transport', transport: link.clientTransport, label: 'example' });
    await link.close();
    const failed = report.results.filter((r) => r.status === 'fail').map((r) => `${r.id}: ${r.reason}`);
    expect(failed).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(20);
  });
});
