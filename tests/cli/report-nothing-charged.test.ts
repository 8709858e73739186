// `majordome report <order-id> --nothing-charged`: the person's word that an unconfirmed order the brand never answered
// charged nothing. It frees the month's cap the order held, keeps the order (and the statement) in the log, and says so
// in the terminal's language.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { OrderRecordSchema, SqliteButlerMemory } from '../../agent/butler/index.ts';
import { EXIT_NOT_RECORDED, reportCommand } from '../../cli/commands/report.ts';
import { runCommand } from './cli-io.ts';
import { seedOrder } from './seed-order.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-nothing-charged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let homes = 0;

function home(): { db: string; env: NodeJS.ProcessEnv } {
  const path = join(dir, `home-${++homes}`);
  mkdirSync(path);
  return { db: join(path, 'majordome.db'), env: { MAJORDOME_HOME: path } };
}

/** The month's spending the caps see, and the stored orders. */
function stored(db: string) {
  const database = openDatabase({ path: db, mustExist: true });
  try {
    const memory = new SqliteButlerMemory(new ButlerStore(database));
    return { spent: memory.spentInMonth(new Date(), 'EUR').amountMinor, orders: memory.orders().map((o) => OrderRecordSchema.parse(o)) };
  } finally {
    database.close();
  }
}

describe('majordome report <order-id> --nothing-charged', () => {
  it('releases the amount an unconfirmed order held, on the person’s word; the order stays, once', async () => {
    const { db, env } = home();
    seedOrder(db, { orderId: 'unconfirmed-0000000000000001', status: 'unconfirmed' });
    seedOrder(db, { orderId: 'ord-placed', status: 'placed', index: 2 });
    expect(stored(db).spent).toBe(24_000);
    const r = await runCommand(reportCommand, ['unconfirmed-0000000000000001', '--nothing-charged', '--db', db], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Noted, on your word: nothing was charged for order unconfirmed-0000000000000001. The 120.00 EUR it held no longer counts against your monthly cap');
    const after = stored(db);
    expect(after.spent).toBe(12_000);
    expect(after.orders.find((o) => o.orderId === 'unconfirmed-0000000000000001')).toMatchObject({ status: 'unconfirmed', release: { statement: 'nothing-charged', by: 'person', channel: 'terminal' } });
    const again = await runCommand(reportCommand, ['unconfirmed-0000000000000001', '--nothing-charged', '--db', db], env);
    expect(again.code).toBe(EXIT_NOT_RECORDED);
    expect(again.out).toContain('You already said nothing was charged');
    const placed = await runCommand(reportCommand, ['ord-placed', '--nothing-charged', '--db', db], env);
    expect(placed.code).toBe(EXIT_NOT_RECORDED);
    expect(placed.out).toContain('Order ord-placed is placed: only an order the brand never confirmed (unconfirmed) can be released.');
    expect(stored(db).spent).toBe(12_000);
    expect((await runCommand(reportCommand, ['no-such-order', '--nothing-charged', '--db', db], env)).code).toBe(EXIT_NOT_RECORDED);
    await expect(runCommand(reportCommand, ['ord-placed', 'fine', '--nothing-charged', '--db', db], env)).rejects.toThrow(/takes the order id alone/);
    await expect(runCommand(reportCommand, ['ord-placed', '--nothing-charged', '--recheck', '--db', db], env)).rejects.toThrow(/not both/);
  }, 60_000);

  it('says it in French at a French terminal', async () => {
    const { db, env } = home();
    seedOrder(db, { orderId: 'unconfirmed-0000000000000001', status: 'unconfirmed' });
    const r = await runCommand(reportCommand, ['unconfirmed-0000000000000001', '--nothing-charged', '--db', db], { ...env, LANG: 'fr_FR.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.out.replace(/[\u00a0\u202f]/g, ' ')).toContain('C’est noté, sur votre parole : rien n’a été débité pour la commande unconfirmed-0000000000000001. Les 120 € qu’elle retenait ne comptent plus dans votre plafond mensuel');
  }, 60_000);
});
