import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import { ledgerAnchorCommand } from '../../cli/commands/ledger-anchor.ts';
import { ledgerVerifyCommand } from '../../cli/commands/ledger-verify.ts';
import { LEDGER_ANCHOR_FILE, openDatabase } from '../../storage/index.ts';
import { runCommand } from '../cli/cli-io.ts';
import { T0, honest } from './trust-fixtures.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-anchor-damage-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** A home whose ledger holds a few honest events. */
function home() {
  const h = join(dir, `home-${++counter}`);
  mkdirSync(h);
  const db = openDatabase({ path: join(h, 'majordome.db') });
  const ledger = new TrustLedger(db);
  ledger.registerBrand({ brandId: 'trailco', registeredAtMs: T0 });
  ledger.appendMany(honest('trailco', 0));
  db.close();
  return { home: h, anchors: join(h, LEDGER_ANCHOR_FILE), env: { MAJORDOME_HOME: h } };
}

describe('a damaged anchor file', () => {
  it('a new anchor after a last line cut short (no newline) is still its own, readable line', async () => {
    const h = home();
    // What an interrupted append, or an editor that drops the final newline, leaves behind.
    writeFileSync(h.anchors, '{"trust":{"seq":3,"ha');
    expect((await runCommand(ledgerAnchorCommand, [], h.env)).code).toBe(0);
    const lines = readFileSync(h.anchors, 'utf8').split('\n');
    // On 6f5619c the anchor was glued to the cut line: recorded, printed as recorded, and unreadable ever after.
    expect(JSON.parse(lines.at(-2)!)).toMatchObject({ trust: { seq: expect.any(Number) }, orders: { seq: expect.any(Number) } });
    const verified = await runCommand(ledgerVerifyCommand, [], h.env);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Matches the last anchor/);
  });

  it('verify says how many lines of the anchor file it could not read, instead of passing over them', async () => {
    const h = home();
    expect((await runCommand(ledgerAnchorCommand, [], h.env)).code).toBe(0);
    appendFileSync(h.anchors, 'not an anchor\n{"trust":{"seq":-1,"hash":"zz"}}\n');
    const verified = await runCommand(ledgerVerifyCommand, [], h.env);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Matches the last anchor/);
    expect(verified.out).toContain(`2 line(s) of ${h.anchors} are not anchors`);
    const json = JSON.parse((await runCommand(ledgerVerifyCommand, ['--json'], h.env)).out) as { anchorFile?: unknown };
    expect(json.anchorFile).toEqual({ path: h.anchors, anchors: 1, unreadableLines: 2 });
  });
});
