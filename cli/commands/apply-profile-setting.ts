import { PERSONAL_VALUES, ProfileSchema, defaultProfile, type Profile } from '../../agent/policy/index.ts';
import { parseAmountMinor, toMajorUnits, type Money } from '../../protocol/index.ts';
import { CliUsageError } from '../command.ts';
import { countryName } from '../country-code.ts';

/** Every key `profile set` accepts; each also takes the value `default`. */
export const PROFILE_SETTING_KEYS = ['per-order-cap', 'monthly-cap', 'ban', 'unban', 'values', 'disclosure', 'exploration', 'honesty-floor', 'second-chances', 'country'] as const;

/** One `profile set` key. */
export type ProfileSettingKey = (typeof PROFILE_SETTING_KEYS)[number];

/** The word that resets a setting to the value of a new install. */
export const DEFAULT_WORD = 'default';

/** What each key expects, for error messages. */
const EXPECTS: Record<ProfileSettingKey, string> = {
  'per-order-cap': 'an amount like 150 or 149.90',
  'monthly-cap': 'an amount like 1500 or 1499.90',
  ban: 'brand ids separated by commas, e.g. pushy-sports,gearbot',
  unban: 'brand ids separated by commas',
  values: `values separated by commas (known: ${Object.keys(PERSONAL_VALUES).join(', ')})`,
  disclosure: 'minimal or share-budget',
  exploration: 'a number from 0 to 1, e.g. 0.2',
  'honesty-floor': 'a number from 0 to 1, e.g. 0.5',
  'second-chances': 'yes (a brand caught lying may be recommended again once clean checks outweigh it) or no (never again)',
  country: 'a two-letter ISO country code, e.g. FR, DE or GB',
};

function isSettingKey(key: string): key is ProfileSettingKey {
  return (PROFILE_SETTING_KEYS as readonly string[]).includes(key);
}

/** A decimal number written in full ("0.5", "1", ".25", "-3"); Number() would read "" and " " as 0. */
function strictNumber(key: string, value: string): number {
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(value)) throw new CliUsageError(`${key}: "${value}" is not a number; expected ${EXPECTS[key as ProfileSettingKey]}, or ${DEFAULT_WORD}`);
  return Number(value);
}

function yesNo(key: ProfileSettingKey, value: string): boolean {
  const word = value.toLowerCase();
  if (['yes', 'on', 'true'].includes(word)) return true;
  if (['no', 'off', 'false'].includes(word)) return false;
  throw new CliUsageError(`${key}: "${value}" is neither yes nor no; expected ${EXPECTS[key]}, or ${DEFAULT_WORD}`);
}

function fraction(key: ProfileSettingKey, value: string): number {
  const n = strictNumber(key, value);
  if (n < 0 || n > 1) throw new CliUsageError(`${key}: ${value} is out of range; expected ${EXPECTS[key]}`);
  return n;
}

/** A default cap in the profile's own currency: the same number of major units (500 EUR → 500 JPY, not 50,000). */
function defaultCap(cap: Money, currency: string): Money {
  const minor = parseAmountMinor(String(toMajorUnits(cap)), currency);
  return { amountMinor: minor ?? cap.amountMinor, currency };
}

function cap(key: ProfileSettingKey, value: string, currency: string): Money {
  if (/^-/.test(value)) {
    throw new CliUsageError(`${key}: a spending cap cannot be negative (got ${value}); use 0 to block every purchase`);
  }
  // In the profile's own currency: "20000" is 20000 JPY, not 200 (minor digits come from protocol/money.ts).
  const minor = parseAmountMinor(value, currency);
  if (minor === undefined) throw new CliUsageError(`${key}: ${EXPECTS[key]} (${currency}), not "${value}"`);
  return { amountMinor: minor, currency };
}

function country(value: string): string {
  const code = value.toUpperCase();
  if (code === 'UK') throw new CliUsageError('country: the ISO code of the United Kingdom is GB');
  if (countryName(code) === undefined) throw new CliUsageError(`country: "${value}" is not an ISO 3166 country code; expected ${EXPECTS.country}`);
  return code;
}

/**
 * Applies `key value` to a profile. Every value is validated with a message naming what was expected; the value
 * `default` resets the setting to a new install's; the result is re-parsed with ProfileSchema.
 */
export function applyProfileSetting(profile: Profile, key: string, rawValue: string): Profile {
  if (!isSettingKey(key)) throw new CliUsageError(`unknown setting "${key}"; use ${PROFILE_SETTING_KEYS.join(', ')}`);
  const value = rawValue.trim();
  if (value === '') throw new CliUsageError(`${key}: the value is empty; expected ${EXPECTS[key]}, or ${DEFAULT_WORD}`);
  const reset = value.toLowerCase() === DEFAULT_WORD;
  const fresh = defaultProfile();
  const list = () => value.split(',').map((v) => v.trim()).filter(Boolean);
  let next: unknown;
  switch (key) {
    case 'per-order-cap':
      next = { ...profile, spendCapPerOrder: reset ? defaultCap(fresh.spendCapPerOrder, profile.currency) : cap(key, value, profile.currency) };
      break;
    case 'monthly-cap':
      next = { ...profile, spendCapPerMonth: reset ? defaultCap(fresh.spendCapPerMonth, profile.currency) : cap(key, value, profile.currency) };
      break;
    case 'ban':
      next = { ...profile, bannedBrands: reset ? fresh.bannedBrands : [...new Set([...profile.bannedBrands, ...list()])] };
      break;
    case 'unban':
      next = { ...profile, bannedBrands: reset ? fresh.bannedBrands : profile.bannedBrands.filter((b) => !list().includes(b)) };
      break;
    case 'values':
      next = { ...profile, values: reset ? fresh.values : list() };
      break;
    case 'disclosure':
      next = { ...profile, disclosure: reset ? fresh.disclosure : value };
      break;
    case 'exploration':
      next = { ...profile, explorationAppetite: reset ? fresh.explorationAppetite : fraction(key, value) };
      break;
    case 'honesty-floor': {
      const { honestyFloor: _dropped, ...rest } = profile;
      next = reset ? rest : { ...profile, honestyFloor: fraction(key, value) };
      break;
    }
    case 'second-chances':
      next = { ...profile, secondChances: reset ? fresh.secondChances : yesNo(key, value) };
      break;
    case 'country':
      next = { ...profile, country: reset ? fresh.country : country(value) };
      break;
  }
  const parsed = ProfileSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliUsageError(`${key}: ${issue?.message ?? 'invalid'}; expected ${EXPECTS[key]}`);
  }
  return parsed.data;
}

/** The ids of a `ban` value that name no brand the butler knows (configured, reachable or not, or in the ledger). */
export function unknownBrandIds(value: string, knownIds: Iterable<string>): string[] {
  const known = new Set(knownIds);
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((id) => id && id.toLowerCase() !== DEFAULT_WORD && !known.has(id));
}
