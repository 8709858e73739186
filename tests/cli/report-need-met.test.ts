// The person's report says whether what arrived did the job it was bought for (`needMet`), even when something was not
// as described: a flag for scripts, a question at an interactive terminal and in the chat; no answer leaves it absent.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import { reportCommand } from '../../cli/commands/report.ts';
import { openDatabase } from '../../storage/index.ts';
import { runAtTerminal, runCommand } from './cli-io.ts';
import { seedOrder } from './seed-order.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-need-met-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let homes = 0;

/** A fresh home with one placed order awaiting its report. */
function placedOrder(): { db: string; env: NodeJS.ProcessEnv; orderId: string } {
  const home = join(dir, `home-${++homes}`);
  mkdirSync(home);
  const db = join(home, 'majordome.db');
  seedOrder(db, { orderId: 'ord-need-met', status: 'placed' });
  return { db, env: { MAJORDOME_HOME: home }, orderId: 'ord-need-met' };
}

/** The `order-outcome` event's evidence the report left in the ledger. */
function outcomeEvidence(db: string): { needMet?: boolean; outcome?: string } {
  const database = openDatabase({ path: db, mustExist: true });
  try {
    const event = new TrustLedger(database).eventsFor('trailco').find((e) => e.kind === 'order-outcome');
    expect(event).toBeDefined();
    return event!.evidence as { needMet?: boolean; outcome?: string };
  } finally {
    database.close();
  }
}

describe('majordome report: did it do the job (needMet)', () => {
  it('--need-met records a failed delivery that still met the need', async () => {
    const { db, env, orderId } = placedOrder();
    const r = await runCommand(reportCommand, [orderId, 'arrived on time but not waterproof', '--need-met', '--db', db], env);
    expect(r.code).toBe(0);
    expect(outcomeEvidence(db)).toMatchObject({ outcome: 'not-as-described', needMet: true });
  }, 60_000);

  it('--need-not-met records that it missed; both flags are a usage error', async () => {
    const { db, env, orderId } = placedOrder();
    await expect(runCommand(reportCommand, [orderId, 'not waterproof', '--need-met', '--need-not-met', '--db', db], env)).rejects.toThrow(/not both/);
    expect((await runCommand(reportCommand, [orderId, 'not waterproof', '--need-not-met', '--db', db], env)).code).toBe(0);
    expect(outcomeEvidence(db).needMet).toBe(false);
  }, 60_000);

  it('asks the question at an interactive terminal and records the answer', async () => {
    const { db, env, orderId } = placedOrder();
    const r = await runAtTerminal(reportCommand, [orderId, 'not waterproof', '--db', db], env, ['y']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Did it do the job you bought it for, even if something was not as described? [y/n/skip]');
    expect(outcomeEvidence(db).needMet).toBe(true);
  }, 60_000);

  it('"skip" at the terminal, or a script that does not say, leaves it absent (read as before)', async () => {
    const skipped = placedOrder();
    expect((await runAtTerminal(reportCommand, [skipped.orderId, 'not waterproof', '--db', skipped.db], skipped.env, ['skip'])).code).toBe(0);
    expect(outcomeEvidence(skipped.db)).not.toHaveProperty('needMet');
    const scripted = placedOrder();
    const r = await runCommand(reportCommand, [scripted.orderId, 'not waterproof', '--db', scripted.db], scripted.env);
    expect(r.out).not.toContain('Did it do the job');
    expect(outcomeEvidence(scripted.db)).not.toHaveProperty('needMet');
  }, 60_000);

  it('asks and answers in French when the report is written in French', async () => {
    const { db, env, orderId } = placedOrder();
    const r = await runAtTerminal(reportCommand, [orderId, 'arrivé à temps mais pas imperméable, dommage', '--db', db], env, ['non']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('A-t-il fait l’affaire pour ce que vous vouliez, même si quelque chose n’était pas comme annoncé ? [o/n/passer]');
    expect(r.out).toMatch(/\d+ observation\(s\) sur trailco enregistrée\(s\) dans le registre\./);
    expect(outcomeEvidence(db).needMet).toBe(false);
  }, 60_000);
});
