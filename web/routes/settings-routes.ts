import type { Hono } from 'hono';
import { DISCLOSURE_LEVELS, PERSONAL_VALUES, ProfileSchema } from '../../agent/policy/index.ts';
import { readJsonBody } from '../read-json-body.ts';
import { sendPage } from '../send-page.ts';
import { settingsPage } from '../views/settings-page.ts';
import { brandNames, type WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

/** The person's policies: GET /settings (the form), GET /api/profile and PUT /api/profile (validated with ProfileSchema). */
export function registerSettingsRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;
  const knownBrands = () => {
    const nameOf = brandNames(session);
    const ids = new Set([...session.butler.brands().map((b) => b.card.id), ...session.trust.brands().map((b) => b.brandId)]);
    return [...ids].sort().map((id) => ({ id, name: nameOf(id) }));
  };

  app.get('/settings', (c) => sendPage(c, { page: 'settings', title: 'Settings', token: ctx.token, body: settingsPage({ profile: session.butler.profile(), brands: knownBrands() }), scripts: ['settings.js'] }));

  app.get('/api/profile', (c) =>
    c.json({ profile: session.butler.profile(), brands: knownBrands(), values: Object.keys(PERSONAL_VALUES), disclosureLevels: DISCLOSURE_LEVELS }),
  );

  app.put('/api/profile', async (c) => {
    const profile = await readJsonBody(c, ProfileSchema);
    const mismatched = [profile.spendCapPerOrder, profile.spendCapPerMonth].some((m) => m.currency !== profile.currency);
    if (mismatched) throw new WebError('INVALID_BODY', 'spend caps must be in the profile currency', [{ path: 'spendCapPerOrder.currency', message: `use ${profile.currency}` }]);
    session.butler.saveProfile(profile);
    return c.json({ profile: session.butler.profile() });
  });
}
