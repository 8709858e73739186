import type { Profile } from '../../agent/policy/index.ts';
import { openButler } from '../../app/index.ts';
import { formatMoney } from '../../protocol/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';
import { PROFILE_SETTING_KEYS, applyProfileSetting, unknownBrandIds } from './apply-profile-setting.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

export { applyProfileSetting } from './apply-profile-setting.ts';

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
    `second chances       ${p.secondChances ? 'yes (a brand caught lying is recommended again once clean checks outweigh it)' : 'no (a brand caught lying is never recommended again)'}`,
  ].join('\n');
}

/**
 * Moves negative-number words ("-5", "-0.5") behind a `--`, so the option parser reads them as values: they are
 * then refused by the setting with a message about caps or ranges, not as unknown options.
 */
function negativeNumbersAsValues(args: readonly string[]): string[] {
  const negative = (a: string) => /^-\d|^-\.\d/.test(a);
  const dashDash = args.indexOf('--');
  const head = dashDash === -1 ? args : args.slice(0, dashDash);
  const tail = dashDash === -1 ? [] : args.slice(dashDash + 1);
  const moved = head.filter(negative);
  if (moved.length === 0) return [...args];
  return [...head.filter((a) => !negative(a)), '--', ...moved, ...tail];
}

/** `majordome profile [show] | set <key> <value>`: your standing rules, enforced in code. */
export const profileCommand: CliCommand = {
  name: 'profile',
  summary: 'Show or edit your rules: spend caps, banned brands, values, disclosure, exploration',
  usage: [
    `majordome profile [show] [--json] | majordome profile set <${PROFILE_SETTING_KEYS.join('|')}> <value|default> [--db <file>]`,
    '',
    '`default` resets a setting to the value of a new install (for ban/unban: no banned brand).',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(negativeNumbersAsValues(args), { json: { type: 'boolean' }, db: { type: 'string' } });
    const [action = 'show', key, ...rest] = positionals;
    if (action !== 'show' && action !== 'set') throw new CliUsageError(`unknown action "${action}"`);
    if (action === 'set' && (!key || rest.length === 0)) throw new CliUsageError('set needs a key and a value, e.g. profile set per-order-cap 200');
    if (action === 'show' && key !== undefined) throw new CliUsageError(`show takes no argument, got "${key}"`);
    const session = await openButler({ dbPath: values.db, env: io.env, brandsFile: undefined });
    try {
      let profile = session.butler.profile();
      if (action === 'set') {
        const value = rest.join(' ');
        profile = applyProfileSetting(profile, key!, value);
        if (key === 'ban') {
          const known = [...session.directory.brands.map((b) => b.id), ...session.directory.unreachable.map((b) => b.id), ...session.trust.brands().map((b) => b.brandId)];
          const unknown = unknownBrandIds(value, known);
          if (unknown.length > 0) {
            io.stderr.write(
              terminalSafeText(
                `warning: no brand the butler knows has the id ${unknown.map((id) => `"${id}"`).join(', ')} (known: ${[...new Set(known)].sort().join(', ') || 'none'}); banned anyway, in case it appears later`,
                { maxLength: 1_000 },
              ) + '\n',
            );
          }
        }
        session.butler.saveProfile(profile);
      }
      io.stdout.write(values.json ? `${terminalSafeJson(profile)}\n` : `${describeProfile(profile)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};
