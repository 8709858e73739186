import { PERSONAL_VALUES, ProfileSchema, type Profile } from '../../agent/policy/index.ts';
import { openButler } from '../../app/index.ts';
import { formatMoney, parseAmountMinor } from '../../protocol/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';

function describeProfile(p: Profile): string {
  return [
    `currency             ${p.currency}`,
    `country              ${p.country}`,
    `per-order cap        ${formatMoney(p.spendCapPerOrder)}`,
    `monthly cap          ${formatMoney(p.spendCapPerMonth)}`,
    `banned brands        ${p.bannedBrands.join(', ') || '(none)'}`,
    `values               ${p.values.join(', ') || '(none)'}`,
    `disclosure           ${p.disclosure}${p.disclosure === 'minimal' ? ' (brands never see your budget or identity)' : ''}`,
    `exploration appetite ${p.explorationAppetite}`,
    `honesty floor        ${p.honestyFloor ?? '(trust model default)'}`,
  ].join('\n');
}

/** Applies `key value` to a profile; every value is validated, the result re-parsed with ProfileSchema. */
export function applyProfileSetting(profile: Profile, key: string, value: string): Profile {
  const amount = () => {
    // In the profile's own currency: "20000" is 20000 JPY, not 200 (minor digits come from protocol/money.ts).
    const minor = parseAmountMinor(value, profile.currency);
    if (minor === undefined) throw new CliUsageError(`${key}: an amount like 150 or 149.90 (${profile.currency})`);
    return minor;
  };
  const list = () => value.split(',').map((v) => v.trim()).filter(Boolean);
  let next: unknown;
  switch (key) {
    case 'per-order-cap':
      next = { ...profile, spendCapPerOrder: { amountMinor: amount(), currency: profile.currency } };
      break;
    case 'monthly-cap':
      next = { ...profile, spendCapPerMonth: { amountMinor: amount(), currency: profile.currency } };
      break;
    case 'ban':
      next = { ...profile, bannedBrands: [...new Set([...profile.bannedBrands, ...list()])] };
      break;
    case 'unban':
      next = { ...profile, bannedBrands: profile.bannedBrands.filter((b) => !list().includes(b)) };
      break;
    case 'values':
      next = { ...profile, values: list() };
      break;
    case 'disclosure':
      next = { ...profile, disclosure: value };
      break;
    case 'exploration':
      next = { ...profile, explorationAppetite: Number(value) };
      break;
    case 'honesty-floor':
      next = { ...profile, honestyFloor: Number(value) };
      break;
    case 'country':
      next = { ...profile, country: value.toUpperCase() };
      break;
    default:
      throw new CliUsageError(`unknown setting "${key}"; use per-order-cap, monthly-cap, ban, unban, values, disclosure, exploration, honesty-floor or country`);
  }
  const parsed = ProfileSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliUsageError(`${key}: ${issue?.message ?? 'invalid'}${key === 'values' ? ` (known values: ${Object.keys(PERSONAL_VALUES).join(', ')})` : ''}`);
  }
  return parsed.data;
}

/** `majordome profile [show] | set <key> <value>`: your standing rules, enforced in code. */
export const profileCommand: CliCommand = {
  name: 'profile',
  summary: 'Show or edit your rules: spend caps, banned brands, values, disclosure, exploration',
  usage: 'majordome profile [show] [--json] | majordome profile set <per-order-cap|monthly-cap|ban|unban|values|disclosure|exploration|honesty-floor|country> <value> [--db <file>]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, db: { type: 'string' } });
    const [action = 'show', key, ...rest] = positionals;
    if (action !== 'show' && action !== 'set') throw new CliUsageError(`unknown action "${action}"`);
    if (action === 'set' && (!key || rest.length === 0)) throw new CliUsageError('set needs a key and a value, e.g. profile set per-order-cap 200');
    const session = await openButler({ dbPath: values.db, env: io.env, brandsFile: undefined });
    try {
      let profile = session.butler.profile();
      if (action === 'set') {
        profile = applyProfileSetting(profile, key!, rest.join(' '));
        session.butler.saveProfile(profile);
      }
      io.stdout.write(values.json ? `${JSON.stringify(profile)}\n` : `${describeProfile(profile)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};
