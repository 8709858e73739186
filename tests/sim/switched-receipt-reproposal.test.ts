import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';

describe('the simulated person answers a re-proposal after a switched receipt by their usual rule', () => {
  it('takes the new top pick: without a ledger the switcher’s offer as charged stays on top and is bought on a new consent', async () => {
    // Every dishonest brand switches receipts (a surcharge capped at the mandate, worse terms); a butler that forgets
    // (no ledger) still ranks the offer as charged first, so the consumer, who takes the top pick, buys it.
    const dir = mkdtempSync(join(tmpdir(), 'sim-switch-'));
    const scenario = {
      name: 'switchers',
      seed: 3,
      rounds: 2,
      policies: ['butler-no-ledger'],
      consumers: { count: 6, categories: ['1026', '107', '5598', '2629'] },
      brands: {
        count: 10,
        dishonestShare: 0.7,
        honestMix: { honest: 1 },
        dishonestMix: { 'bait-and-switch': 1 },
        categoriesPerBrand: 2,
        params: { 'bait-and-switch': { lureDiscount: 0.1, surchargeRatio: 0.08, addDeliveryDays: 3, returnDaysAfterSwitch: 0, warrantyMonthsAfterSwitch: 12, chargeAboveMandate: false } },
      },
    };
    writeFileSync(join(dir, 's.json'), JSON.stringify(scenario));
    const out = join(dir, 'out');
    const code = await runCli(['simulate', join(dir, 's.json'), '--seed', '3', '--out', out], { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: {} });
    expect(code).toBe(0);
    const [header, ...rows] = readFileSync(join(out, 'rounds.csv'), 'utf8').trim().split('\n');
    const column = header!.split(',').indexOf('share:bait-and-switch');
    // On main every switched receipt was refused and cancelled: no money ever reached a switcher.
    expect(rows.some((r) => Number(r.split(',')[column]) > 0)).toBe(true);
  }, 240_000);
});
