// `majordome report <order-id> --recheck`: asks the brand again where an unconfirmed order stands (never orders).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_NOT_RECORDED, reportCommand } from '../../cli/commands/report.ts';
import { runCommand } from './cli-io.ts';
import { seedOrder } from './seed-order.ts';

const ORDER_ID = 'unconfirmed-0123456789abcdef';
let dir: string;
let db: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-recheck-cli-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  db = join(home, 'majordome.db');
  env = { MAJORDOME_HOME: home };
  seedOrder(db, { orderId: ORDER_ID, status: 'unconfirmed' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('majordome report <order-id> --recheck', () => {
  it('asks the brand by the order key and says what it answered; then there is nothing left to re-check', async () => {
    const first = await runCommand(reportCommand, [ORDER_ID, '--recheck', '--db', db], env);
    expect(first.code).toBe(0);
    expect(first.out).toContain('The order failed: [UNKNOWN_ORDER]');
    const second = await runCommand(reportCommand, [ORDER_ID, '--recheck', '--db', db], env);
    expect(second.code).toBe(EXIT_NOT_RECORDED);
    expect(second.out).toContain(`Order ${ORDER_ID} is failed: there is nothing to re-check.`);
    expect((await runCommand(reportCommand, ['no-such-order', '--recheck', '--db', db], env)).code).toBe(EXIT_NOT_RECORDED);
    await expect(runCommand(reportCommand, [ORDER_ID, 'some text', '--recheck', '--db', db], env)).rejects.toThrow(/--recheck takes the order id alone/);
  });
});
