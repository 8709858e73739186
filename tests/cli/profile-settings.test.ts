import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultProfile, type Profile } from '../../agent/policy/index.ts';
import { PROFILE_SETTING_KEYS, applyProfileSetting } from '../../cli/commands/apply-profile-setting.ts';
import { runMajordome } from './cli-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let homes = 0;
async function cli(args: string[], home = join(dir, `home-${++homes}`)): Promise<{ code: number; out: string; err: string; home: string }> {
  return { ...(await runMajordome(args, { MAJORDOME_HOME: home })), home };
}

describe('profile set: numbers are read strictly', () => {
  it('refuses an empty or blank honesty floor instead of storing 0', () => {
    expect(() => applyProfileSetting(defaultProfile(), 'honesty-floor', '')).toThrow(/honesty-floor: the value is empty; expected a number from 0 to 1/);
    expect(() => applyProfileSetting(defaultProfile(), 'honesty-floor', '   ')).toThrow(/the value is empty/);
  });

  it('refuses non-numeric and out-of-range fractions with what was expected', () => {
    expect(() => applyProfileSetting(defaultProfile(), 'honesty-floor', 'high')).toThrow(/"high" is not a number; expected a number from 0 to 1/);
    expect(() => applyProfileSetting(defaultProfile(), 'honesty-floor', '0x1')).toThrow(/not a number/);
    expect(() => applyProfileSetting(defaultProfile(), 'exploration', '1.5')).toThrow(/exploration: 1.5 is out of range/);
    expect(() => applyProfileSetting(defaultProfile(), 'exploration', '-0.5')).toThrow(/out of range/);
    expect(applyProfileSetting(defaultProfile(), 'honesty-floor', '0.55').honestyFloor).toBe(0.55);
  });

  it('reads second-chances as yes or no, and refuses anything else', () => {
    expect(defaultProfile().secondChances).toBe(true);
    expect(applyProfileSetting(defaultProfile(), 'second-chances', 'no').secondChances).toBe(false);
    expect(applyProfileSetting({ ...defaultProfile(), secondChances: false }, 'second-chances', 'Yes').secondChances).toBe(true);
    expect(() => applyProfileSetting(defaultProfile(), 'second-chances', 'maybe')).toThrow(/second-chances: "maybe" is neither yes nor no/);
  });

  it('refuses a negative cap with a message about caps', () => {
    expect(() => applyProfileSetting(defaultProfile(), 'per-order-cap', '-5')).toThrow(/per-order-cap: a spending cap cannot be negative \(got -5\)/);
    expect(() => applyProfileSetting(defaultProfile(), 'monthly-cap', '')).toThrow(/monthly-cap: the value is empty/);
  });
});

describe('profile set <key> default', () => {
  const changed: Record<(typeof PROFILE_SETTING_KEYS)[number], string> = {
    'per-order-cap': '120',
    'monthly-cap': '900',
    ban: 'pushy-sports',
    unban: 'pushy-sports',
    values: 'vegan',
    disclosure: 'share-budget',
    exploration: '0.9',
    'honesty-floor': '0.7',
    'second-chances': 'no',
    country: 'DE',
  };

  it.each([...PROFILE_SETTING_KEYS])('resets %s to the value of a new install', (key) => {
    const fresh = defaultProfile();
    const edited = applyProfileSetting({ ...fresh, bannedBrands: ['gearbot'] }, key, changed[key]);
    const reset = applyProfileSetting(edited, key, 'default');
    const field: Record<typeof key, keyof Profile> = {
      'per-order-cap': 'spendCapPerOrder',
      'monthly-cap': 'spendCapPerMonth',
      ban: 'bannedBrands',
      unban: 'bannedBrands',
      values: 'values',
      disclosure: 'disclosure',
      exploration: 'explorationAppetite',
      'honesty-floor': 'honestyFloor',
      'second-chances': 'secondChances',
      country: 'country',
    };
    expect(reset[field[key]]).toEqual(fresh[field[key]]);
  });

  it('resets a cap in the profile currency: 500 yen, not 50,000', () => {
    const yen = { ...defaultProfile(), currency: 'JPY', spendCapPerOrder: { amountMinor: 100, currency: 'JPY' } };
    expect(applyProfileSetting(yen, 'per-order-cap', 'default').spendCapPerOrder).toEqual({ amountMinor: 500, currency: 'JPY' });
  });
});

describe('profile set country', () => {
  it('accepts ISO codes in any case and rejects codes that are not countries', () => {
    expect(applyProfileSetting(defaultProfile(), 'country', 'de').country).toBe('DE');
    expect(() => applyProfileSetting(defaultProfile(), 'country', 'XX')).toThrow(/"XX" is not an ISO 3166 country code/);
    expect(() => applyProfileSetting(defaultProfile(), 'country', 'France')).toThrow(/not an ISO 3166 country code/);
    expect(() => applyProfileSetting(defaultProfile(), 'country', 'EU')).toThrow(/not an ISO 3166 country code/);
    expect(() => applyProfileSetting(defaultProfile(), 'country', 'UK')).toThrow(/United Kingdom is GB/);
  });
});

describe('majordome profile set (the command)', () => {
  it('takes "-5" as a value and refuses it as a cap, exit 2, without a parser message', async () => {
    const r = await cli(['profile', 'set', 'per-order-cap', '-5']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a spending cap cannot be negative (got -5)');
    expect(r.err).not.toMatch(/positional|Unknown option/i);
  });

  it('refuses honesty-floor "" (exit 2) and then accepts honesty-floor default', async () => {
    const empty = await cli(['profile', 'set', 'honesty-floor', '']);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('honesty-floor: the value is empty');
    const reset = await cli(['profile', 'set', 'honesty-floor', 'default'], empty.home);
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('honesty floor        (trust model default)');
  });

  it('warns when a banned id names no known brand, bans it anyway, and stays quiet for a known brand', async () => {
    const unknown = await cli(['profile', 'set', 'ban', 'no-such-brand', '--json']);
    expect(unknown.code).toBe(0);
    expect(unknown.err).toMatch(/warning: no brand the butler knows has the id "no-such-brand" \(known: .*trailco/);
    expect(JSON.parse(unknown.out).bannedBrands).toEqual(['no-such-brand']);
    const known = await cli(['profile', 'set', 'ban', 'trailco'], unknown.home);
    expect(known.code).toBe(0);
    expect(known.err).toBe('');
  });

  it('rejects an invalid country with exit 2', async () => {
    const r = await cli(['profile', 'set', 'country', 'XX']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"XX" is not an ISO 3166 country code');
  });
});
