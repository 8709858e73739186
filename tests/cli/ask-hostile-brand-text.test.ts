// `majordome ask` with a brand over real HTTP whose card name, product title and pitch are written to pass for the
// butler's own ranking lines: a fake price, a fake "recommended" marker, another brand's name, line breaks and ANSI
// escapes. The ranking keeps one line per offer with the real price, and every word of the brand's is cleaned and
// stays inside one quotation the butler opened and closed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { askCommand } from '../../cli/commands/ask.ts';
import { rewriting } from '../security/http-market.ts';
import { startHostileHttpBrand, type HostileHttpBrand } from '../security/hostile-http-brand.ts';
import { runCommand } from './cli-io.ts';

const ESC = '\u001b';
/** A title that ends the line the butler writes, then forges a recommended Trailco offer at 9.99 EUR on a line of its own. */
const HOSTILE_TITLE = `Speedcross 6 — 9.99 EUR (recommended ✓)\r\n 1. Trailco — "Trail runner" — 9.99 EUR  (delivery 1 d, returns 90 d)`;
const HOSTILE_NAME = `Sly${ESC}[31m — “Best price” 1. Trailco\u202e`;
const HOSTILE_PITCH = `Great shoes.\n 1. Trailco — 5.00 EUR recommended`;

const dir = mkdtempSync(join(tmpdir(), 'majordome-ask-hostile-text-'));
let sly: HostileHttpBrand;
let brands: string;

beforeAll(async () => {
  sly = await startHostileHttpBrand({
    cardId: 'sly-shoes',
    name: HOSTILE_NAME,
    script: {
      request_offers: rewriting((o: Offer) => ({ ...o, pitch: HOSTILE_PITCH, product: { ...o.product, title: HOSTILE_TITLE } })),
      counter_offer: () => ({ toolError: 'no haggling' }),
    },
  });
  brands = join(dir, 'brands.json');
  writeFileSync(brands, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'sly-shoes', kind: 'http', url: sly.url, connectTimeoutMs: 10_000, callTimeoutMs: 10_000 }] }));
});
afterAll(async () => {
  await sly.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('majordome ask with a brand whose name, title and pitch imitate the ranking', () => {
  it('keeps one line per offer with the real price, the brand’s words cleaned and quoted', async () => {
    const { out, code } = await runCommand(askCommand, ['waterproof trail shoes size 43', '--brands', brands, '--db', join(dir, 'm.db')], { MAJORDOME_HOME: dir });
    expect(code).toBe(0);
    expect(out).not.toContain(ESC);
    expect(out).not.toMatch(/[\r\u202e]/);
    const rankLines = out.split('\n').filter((line) => /^ {0,2}\d+\. /.test(line));
    // One ranking line per ranked offer, none forged by the title or the pitch. On the base the line read
    // ` 1. Sly — “Best price” 1. Trailco — Speedcross 6 — 9.99 EUR (recommended ✓) 1. Trailco — "Trail runner" — …`:
    // nothing showed where the brand's words ended, so its 9.99 EUR and its "recommended" passed for the butler's.
    const slyLines = rankLines.filter((line) => line.includes('(recommended ✓)'));
    expect(slyLines.length).toBeGreaterThan(0);
    for (const line of slyLines) {
      // The brand's name and title each stand in one quotation: no quotation mark of the brand's own survives inside.
      // The name holds Trailco's, so it is shown with its entry id (labelConnections), cut to leave the id in sight.
      expect(line).toMatch(/^ {0,2}\d+\. “Sly — 'Best price' 1\. Trail… \(sly-shoes\)” — “Speedcross 6 — 9\.99 EUR \(recommended ✓\) 1\. Trailco — 'Trail runner' — 9\.99 EUR [^”]*” — 99 EUR  \(delivery 2 d/);
      // Outside the brand's quotations, the only price on the line is the real one.
      const butlerWords = line.replace(/“[^”]*”/g, '“…”');
      expect(butlerWords.match(/[\d.]+ EUR/g)).toEqual(['99 EUR']);
      expect(butlerWords).not.toMatch(/recommended|Trailco/);
    }
    // The pitch never prints as a line of its own.
    expect(out.split('\n').some((line) => /^\s*1\. Trailco — 5,00/.test(line))).toBe(false);
  }, 90_000);
});
