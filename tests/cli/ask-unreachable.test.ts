import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../cli/commands/ask.ts';
import { runCommand } from './cli-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-ask-unreachable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('majordome ask with a configured brand that cannot be reached', () => {
  const brands = join(dir, 'brands.json');
  writeFileSync(
    brands,
    JSON.stringify({
      brands: [
        { id: 'trailco', kind: 'builtin' },
        { id: 'gone-shop', kind: 'http', url: 'http://127.0.0.1:9/mcp', connectTimeoutMs: 2_000 },
      ],
    }),
  );
  const args = ['waterproof trail shoes size 43 under 150 euros', '--brands', brands, '--db', join(dir, 'm.db')];

  it('says so on stderr (terminal) and still answers from the brands it reached', async () => {
    const { code, out, err } = await runCommand(askCommand, args, { MAJORDOME_HOME: dir });
    expect(err).toMatch(/! gone-shop is unreachable \(http:\/\/127\.0\.0\.1:9\/mcp\): \[[A-Z_]+\] .* — not asked/);
    expect(out).toContain('Trailco');
    expect(code).toBe(0);
  }, 60_000);

  it('lists it under "unreachable" in --json', async () => {
    const { out } = await runCommand(askCommand, [...args, '--json'], { MAJORDOME_HOME: dir });
    const parsed = JSON.parse(out) as { unreachable: Array<{ id: string; error: { code: string } }>; asked: string[] };
    expect(parsed.unreachable.map((u) => u.id)).toEqual(['gone-shop']);
    expect(parsed.asked).not.toContain('gone-shop');
  }, 60_000);
});
