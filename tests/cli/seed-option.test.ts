import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMajordome } from './cli-io.ts';
import { parseSeedOption } from '../../cli/open-session.ts';

const home = mkdtempSync(join(tmpdir(), 'majordome-seed-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const cli = (args: string[]) => runMajordome(args, { MAJORDOME_HOME: home });

describe('--seed of the commands that open the butler', () => {
  it.each([['abc'], ['1.5'], ['1e3'], ['0x10'], [''], ['4294967296']])('refuses --seed "%s" with a usage error (on 6f5619c ask, brands, report… ignored a non-integer and used the default seed)', async (seed) => {
    for (const command of [['brands'], ['report', 'order-1', 'arrived late']]) {
      const r = await cli([...command, '--seed', seed]);
      expect(r.code, command.join(' ')).toBe(2);
      expect(r.err).toContain(`--seed takes a whole number from 0 to 4294967295, not "${seed}"`);
    }
  });

  it('accepts a whole number in range', async () => {
    expect(parseSeedOption('0')).toBe(0);
    expect(parseSeedOption('4294967295')).toBe(4_294_967_295);
    expect(parseSeedOption(undefined)).toBeUndefined();
    expect((await cli(['brands', '--seed', '7'])).code).toBe(0);
  });
});
