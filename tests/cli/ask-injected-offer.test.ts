import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../cli/commands/ask.ts';
import { runCommand } from './cli-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-ask-injected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('majordome ask with a brand whose offers give orders to the butler', () => {
  it('lists them under "Not recommended" with the quote, never as a ranked (buyable) offer', async () => {
    const brands = join(dir, 'brands.json');
    writeFileSync(brands, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'gearbot', kind: 'builtin' }] }));
    const args = ['waterproof trail shoes size 43 under 150 euros', '--brands', brands, '--db', join(dir, 'm.db')];
    const json = JSON.parse((await runCommand(askCommand, [...args, '--json'], { MAJORDOME_HOME: dir })).out) as {
      ranked: Array<{ brandId: string }>;
      excluded: Array<{ brandId: string; reasons: Array<{ code: string }> }>;
    };
    expect(json.ranked.map((r) => r.brandId)).not.toContain('gearbot');
    expect(json.excluded.filter((x) => x.brandId === 'gearbot').every((x) => x.reasons.some((r) => r.code === 'injection'))).toBe(true);
    expect(json.excluded.some((x) => x.brandId === 'gearbot')).toBe(true);
    const { out } = await runCommand(askCommand, args, { MAJORDOME_HOME: dir });
    // Scores read one way: higher is better for the person; no raw value number.
    expect(out).toMatch(/fit \d+% · claims hold \d+% · no pressure \d+%\n/);
    expect(out).not.toMatch(/· value \d/);
    const notRecommended = out.slice(out.indexOf('Not recommended'));
    expect(notRecommended).toMatch(/gearbot|Gearbot/i);
    expect(notRecommended).toMatch(/⚑ tries to give orders to your butler — quoted: “[^”]+”/);
  }, 90_000);
});
