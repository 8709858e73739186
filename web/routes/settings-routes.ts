import type { Hono } from 'hono';
import { z } from 'zod';
import { DISCLOSURE_LEVELS, PERSONAL_VALUES, ProfileSchema, type Profile } from '../../agent/policy/index.ts';
import { readJsonBody } from '../read-json-body.ts';
import { pageLanguageOf } from '../page-language.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import { sendPage } from '../send-page.ts';
import { settingsPage } from '../views/settings-page.ts';
import { brandNames, type WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

const setting = ProfileSchema.shape;

/**
 * A change to the person's settings: only the settings it names change, so a body that leaves one out never puts it
 * back to a new install's value (a cap raised, a ban lifted); a setting the app does not know (a misspelt key) is
 * refused, never dropped; `honestyFloor: null` returns to the default floor.
 */
export const ProfileChangeSchema = z.strictObject({
  currency: setting.currency.unwrap().optional(),
  country: setting.country.unwrap().optional(),
  spendCapPerOrder: setting.spendCapPerOrder.unwrap().optional(),
  spendCapPerMonth: setting.spendCapPerMonth.unwrap().optional(),
  bannedBrands: setting.bannedBrands.unwrap().optional(),
  values: setting.values.unwrap().optional(),
  disclosure: setting.disclosure.unwrap().optional(),
  explorationAppetite: setting.explorationAppetite.unwrap().optional(),
  honestyFloor: setting.honestyFloor.unwrap().nullable().optional(),
  secondChances: setting.secondChances.unwrap().optional(),
});
// Every setting of the profile can be changed: adding one to ProfileSchema without adding it here fails to compile.
void (ProfileChangeSchema.shape satisfies Record<keyof Profile, unknown>);

/** The stored profile with `change` applied. */
function applyChange(current: Profile, change: z.infer<typeof ProfileChangeSchema>): Profile {
  const { honestyFloor, ...named } = change;
  const next: Profile = { ...current };
  for (const [key, value] of Object.entries(named)) if (value !== undefined) Object.assign(next, { [key]: value });
  if (honestyFloor === null) delete next.honestyFloor;
  else if (honestyFloor !== undefined) next.honestyFloor = honestyFloor;
  return ProfileSchema.parse(next);
}

/**
 * The person's policies: GET /settings (the form, in the page's language), GET /api/profile and PUT /api/profile (a
 * ProfileChangeSchema body).
 */
export function registerSettingsRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;
  const knownBrands = () => {
    const nameOf = brandNames(session);
    const ids = new Set([...session.butler.brands().map((b) => b.card.id), ...session.trust.brands().map((b) => b.brandId)]);
    return [...ids].sort().map((id) => ({ id, name: nameOf(id) }));
  };

  app.get('/settings', (c) => {
    const language = pageLanguageOf(c);
    return sendPage(c, {
      page: 'settings',
      language,
      title: PAGE_LABELS[language].layout.pages.settings,
      token: ctx.token,
      body: settingsPage({ profile: session.butler.profile(), brands: knownBrands() }, language),
      scripts: ['settings.js'],
    });
  });

  app.get('/api/profile', (c) =>
    c.json({ profile: session.butler.profile(), brands: knownBrands(), values: Object.keys(PERSONAL_VALUES), disclosureLevels: DISCLOSURE_LEVELS }),
  );

  app.put('/api/profile', async (c) => {
    const profile = applyChange(session.butler.profile(), await readJsonBody(c, ProfileChangeSchema));
    const mismatched = [profile.spendCapPerOrder, profile.spendCapPerMonth].some((m) => m.currency !== profile.currency);
    if (mismatched) throw new WebError('INVALID_BODY', 'spend caps must be in the profile currency', [{ path: 'spendCapPerOrder.currency', message: `use ${profile.currency}` }]);
    session.butler.saveProfile(profile);
    return c.json({ profile: session.butler.profile() });
  });
}
