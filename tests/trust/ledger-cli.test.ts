import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { CliUsageError, type CliCommand } from '../../cli/command.ts';
import { trustCommand } from '../../cli/commands/trust.ts';
import { ledgerCommand } from '../../cli/commands/ledger.ts';
import { EXIT_CACHE_DRIFT, EXIT_TAMPERED, ledgerVerifyCommand } from '../../cli/commands/ledger-verify.ts';
import { T0, DAY, honest, lie, pushy } from './trust-fixtures.ts';
import { runCommand } from '../cli/cli-io.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: CliCommand, args: string[], env: NodeJS.ProcessEnv = {}) => runCommand(command, args, env);

let counter = 0;
/** A ledger file with an honest, a pushy and a lying brand. */
function populated(): string {
  const path = join(dir, `cli-${++counter}.db`);
  const db = openDatabase({ path });
  const ledger = new TrustLedger(db);
  ledger.registerBrand({ brandId: 'trailco', displayName: 'TrailCo', registeredAtMs: T0 });
  ledger.registerBrand({ brandId: 'pushyco', registeredAtMs: T0 });
  ledger.registerBrand({ brandId: 'shadyco', registeredAtMs: T0 });
  for (let day = 0; day < 6; day++) ledger.appendMany([...honest('trailco', day), ...pushy('pushyco', day), ...(day < 2 ? honest('shadyco', day) : lie('shadyco', day))]);
  db.close();
  return path;
}

const at = new Date(T0 + 6 * DAY).toISOString();

describe('majordome trust', () => {
  it('prints brands best first with their dimensions, and --json for scripts', async () => {
    const path = populated();
    const table = await run(trustCommand, ['--db', path, '--at', at]);
    expect(table.code).toBe(0);
    const lines = table.out.split('\n');
    const order = ['trailco', 'pushyco', 'shadyco'].map((id) => lines.findIndex((l) => l.startsWith(id)));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Four lies, each caught before any purchase: below the floor on its record, and its checks have caught every lie it
    // told, so only a request whose checks of its statements come back clean lifts it (the ranking's vocabulary too).
    expect(lines.find((l) => l.startsWith('shadyco'))).toContain('only if its statements check out');
    expect(lines.find((l) => l.startsWith('trailco'))).toContain('ok');

    const json = await run(trustCommand, ['--db', path, '--at', at, '--json']);
    const parsed = JSON.parse(json.out) as { events: number; brands: Array<{ brandId: string; recommendable: boolean; honesty: { score: number } }> };
    expect(parsed.events).toBe(36);
    expect(parsed.brands.map((b) => [b.brandId, b.recommendable])).toEqual([['trailco', true], ['pushyco', true], ['shadyco', false]]);
    expect((JSON.parse(json.out) as { brands: Array<{ brandId: string; status: string }> }).brands.find((b) => b.brandId === 'shadyco')?.status).toBe('after-clean-check');
  });

  it('uses $MAJORDOME_HOME by default and explains an absent or empty ledger instead of printing nothing', async () => {
    const home = join(dir, 'empty-home');
    const missing = await run(trustCommand, [], { MAJORDOME_HOME: home });
    expect(missing.code).toBe(0);
    expect(missing.out).toContain(`No trust ledger yet at ${join(home, 'majordome.db')}`);
    openDatabase({ path: join(home, 'majordome.db') }).close();
    const empty = await run(trustCommand, [], { MAJORDOME_HOME: home });
    expect(empty.out).toContain('knows no brand yet');
  });

  it('rejects a bad --at as a usage error', async () => {
    await expect(run(trustCommand, ['--at', 'tuesday'])).rejects.toBeInstanceOf(CliUsageError);
  });
});

describe('majordome ledger <brand>', () => {
  it("lists the brand's events with their evidence", async () => {
    const path = populated();
    const { code, out } = await run(ledgerCommand, ['shadyco', '--db', path, '--at', at]);
    expect(code).toBe(0);
    expect(out).toContain('recommended only when its statements check out');
    expect(out).toContain('claim FALSE: waterproof_rating claimed "IPX7", observed "IPX4"');
    expect(out).toContain('at stake 80.00 EUR');
    expect(out).toContain('"Fully waterproof to IPX7, guaranteed."');
    const json = JSON.parse((await run(ledgerCommand, ['pushyco', '--db', path, '--json', '--limit', '2'])).out) as { totalEvents: number; events: Array<{ kind: string; hash: string }> };
    expect(json.totalEvents).toBe(12);
    expect(json.events.map((e) => e.kind)).toEqual(['claim-verified', 'pressure-tactic']);
    expect(json.events[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says which brands exist when asked about an unknown one', async () => {
    const { code, err } = await run(ledgerCommand, ['nobody', '--db', populated()]);
    expect(code).toBe(1);
    expect(err).toContain('Known: pushyco, shadyco, trailco');
  });
});

describe('majordome ledger verify', () => {
  it('exits 0 on an intact ledger and prints the head to anchor', async () => {
    const path = populated();
    const { code, out } = await run(ledgerVerifyCommand, ['--db', path]);
    expect(code).toBe(0);
    const anchor = /--anchor (\d+:[0-9a-f]{64})/.exec(out)![1]!;
    expect((await run(ledgerVerifyCommand, ['--db', path, '--anchor', anchor])).code).toBe(0);
  });

  it('exits non-zero on tampering and names the first bad event', async () => {
    const path = populated();
    const db = openDatabase({ path });
    db.sqlite.exec("DROP TRIGGER trust_events_no_update; UPDATE trust_events SET kind = 'claim-verified' WHERE seq = 23 AND kind = 'claim-contradicted'");
    db.close();
    const { code, out } = await run(ledgerVerifyCommand, ['--db', path]);
    expect(code).toBe(EXIT_TAMPERED);
    expect(out).toContain('TAMPERED');
    expect(out).toContain('First bad event: #23');
    const json = JSON.parse((await run(ledgerVerifyCommand, ['--db', path, '--json'])).out) as { ok: boolean; chain: { firstBadSeq: number } };
    expect(json).toMatchObject({ ok: false, chain: { firstBadSeq: 23 } });
  });

  it('reports cache drift separately and repairs it with --rebuild', async () => {
    const path = populated();
    const db = openDatabase({ path });
    db.sqlite.exec("DELETE FROM trust_scores WHERE brand_id = 'trailco'");
    db.close();
    expect((await run(ledgerVerifyCommand, ['--db', path])).code).toBe(EXIT_CACHE_DRIFT);
    const repaired = await run(ledgerVerifyCommand, ['--db', path, '--rebuild']);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain('rebuilt');
  });

  it('rejects a malformed anchor as a usage error', async () => {
    await expect(run(ledgerVerifyCommand, ['--anchor', 'yesterday'])).rejects.toBeInstanceOf(CliUsageError);
  });
});
