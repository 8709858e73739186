// `majordome ask` with a brand over real HTTP that sits on its brief past its call timeout: the person is told, in their
// language, that it did not answer in time (its offers are not compared), and `--json` carries it as a typed notice.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrandNotice } from '../../agent/butler/index.ts';
import { askCommand } from '../../cli/commands/ask.ts';
import { startHostileHttpBrand, type HostileHttpBrand } from '../security/hostile-http-brand.ts';
import { runCommand } from './cli-io.ts';

const CALL_TIMEOUT_MS = 300;

const dir = mkdtempSync(join(tmpdir(), 'majordome-ask-notices-'));
let mute: HostileHttpBrand;
let brands: string;

beforeAll(async () => {
  // Its brief is answered only after its call timeout has passed: the butler has stopped waiting by then.
  mute = await startHostileHttpBrand({
    cardId: 'mute-shoes',
    name: 'Mute Shoes',
    script: {
      request_offers: async () => {
        await new Promise((resolve) => setTimeout(resolve, 3 * CALL_TIMEOUT_MS));
        return { toolError: 'too late' };
      },
    },
  });
  brands = join(dir, 'brands.json');
  writeFileSync(brands, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'mute-shoes', kind: 'http', url: mute.url, connectTimeoutMs: 10_000, callTimeoutMs: CALL_TIMEOUT_MS }] }));
});
afterAll(async () => {
  await mute.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('majordome ask with a brand that does not answer its brief in time', () => {
  const run = (text: string, ...more: string[]) => runCommand(askCommand, [text, '--brands', brands, '--db', join(dir, 'm.db'), ...more], { MAJORDOME_HOME: dir });

  it('says so in a line of its own, in English, and still answers from Trailco', async () => {
    const { code, out } = await run('waterproof trail shoes size 43');
    expect(out).toContain('Worth knowing:');
    expect(out).toMatch(/! mute-shoes did not answer in time: none of its offers are in this comparison\n +\[TIMEOUT\] /);
    expect(out).toContain('Trailco');
    expect(code).toBe(0);
  }, 60_000);

  it('says so in French for a request in French', async () => {
    const { out } = await run('chaussures de trail imperméables pointure 43');
    expect(out).toContain('À savoir :');
    expect(out).toContain('! mute-shoes n’a pas répondu à temps : aucune de ses offres n’est dans cette comparaison');
  }, 60_000);

  it('carries it in --json as a typed notice', async () => {
    const { out } = await run('waterproof trail shoes size 43', '--json');
    const parsed = JSON.parse(out) as { notices: BrandNotice[]; failures: Array<{ brandId: string; error: { code: string } }> };
    expect(parsed.notices).toEqual([{ kind: 'no-answer', brandId: 'mute-shoes', code: 'TIMEOUT' }]);
    expect(parsed.failures.map((f) => [f.brandId, f.error.code])).toEqual([['mute-shoes', 'TIMEOUT']]);
  }, 60_000);
});
