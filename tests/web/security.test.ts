import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, SESSION_COOKIE, TOKEN_HEADER } from '../../web/index.ts';
import { ORIGIN, authedGet, jsonRequest, openTestApp, type TestApp } from './web-fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; issues?: Array<{ path: string; message: string }> } }).error;

describe('security headers', () => {
  it('every answer carries a CSP with no external origin and no inline script, nosniff and frame-ancestors none', async () => {
    for (const res of [await authedGet(t.app, '/', t.token), await authedGet(t.app, '/api/trust', t.token), await t.app.request('/api/trust'), await t.app.request('/static/chat.js')]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('pages load only the app’s own scripts, as files (no inline script, no event handler attributes)', async () => {
    for (const path of ['/', '/trust', '/orders', '/settings', '/reports']) {
      const page = await (await authedGet(t.app, path, t.token)).text();
      expect(page, path).toContain('<main>');
      for (const tag of page.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/^<script type="module" src="\/static\/[a-z-]+\.js">$/);
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page).not.toMatch(/\son[a-z]+=/i);
      expect(page).not.toMatch(/(src|href)="https?:/);
    }
  });
});

describe('authentication', () => {
  it('pages and API reads need the token: a 401 page or JSON without it', async () => {
    const page = await t.app.request('/');
    expect(page.status).toBe(401);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('majordome serve');
    const api = await t.app.request('/api/trust');
    expect(api.status).toBe(401);
    expect((await errorOf(api)).code).toBe('UNAUTHORIZED');
    expect((await t.app.request('/?token=not-the-token')).status).toBe(401);
  });

  it('opening /?token=… sets an HttpOnly SameSite=Strict session cookie and redirects to the page without the token', async () => {
    const res = await t.app.request(`/trust?token=${t.token}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/trust');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain(t.token);
    const value = cookie.split(';')[0]!;
    const page = await t.app.request('/trust', { headers: { cookie: value } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<meta name="majordome-token" content="${t.token}">`);
    expect((await t.app.request('/trust', { headers: { cookie: `${SESSION_COOKIE}=forged` } })).status).toBe(401);
  });

  it('state-changing requests need the token header: the cookie alone or a wrong token is refused', async () => {
    const cookie = (await t.app.request(`/?token=${t.token}`)).headers.get('set-cookie')!.split(';')[0]!;
    const withCookie = await jsonRequest(t.app, 'POST', '/api/chat', { text: 'shoes' }, { headers: { cookie } });
    expect(withCookie.status).toBe(401);
    expect((await errorOf(withCookie)).code).toBe('UNAUTHORIZED');
    expect((await jsonRequest(t.app, 'POST', '/api/chat', { text: 'shoes' }, { token: `${t.token}x` })).status).toBe(401);
    expect((await jsonRequest(t.app, 'PUT', '/api/profile', {}, { token: null })).status).toBe(401);
    expect((await jsonRequest(t.app, 'POST', '/api/purchases', { offerId: 'x', confirmationId: 'y', confirm: true }, { token: null })).status).toBe(401);
    expect((await jsonRequest(t.app, 'POST', '/api/orders/o-1/settle', {}, { token: null })).status).toBe(401);
  });
});

describe('CSRF and host checks', () => {
  it('refuses a cross-origin POST even with the right token', async () => {
    const res = await jsonRequest(t.app, 'POST', '/api/chat', { text: 'shoes' }, { token: t.token, headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('FORBIDDEN_ORIGIN');
    const nullOrigin = await jsonRequest(t.app, 'PUT', '/api/profile', {}, { token: t.token, headers: { origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
  });

  it('refuses a cross-site fetch (Sec-Fetch-Site) and a form-encoded body', async () => {
    const site = await jsonRequest(t.app, 'POST', '/api/chat', { text: 'shoes' }, { token: t.token, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(site.status).toBe(403);
    const form = await t.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, [TOKEN_HEADER]: t.token }, body: 'text=shoes' });
    expect(form.status).toBe(415);
    expect((await errorOf(form)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers only to loopback host names (DNS rebinding), even with the token', async () => {
    const res = await t.app.request('http://attacker.example:8700/api/trust', { headers: { [TOKEN_HEADER]: t.token } });
    expect(res.status).toBe(421);
    expect((await errorOf(res)).code).toBe('UNKNOWN_HOST');
    expect((await t.app.request('http://127.0.0.1:8700/api/trust', { headers: { [TOKEN_HEADER]: t.token } })).status).toBe(200);
  });

  it('same-origin POSTs from the page itself pass', async () => {
    const res = await jsonRequest(t.app, 'PUT', '/api/profile', { explorationAppetite: 0.5 }, { token: t.token, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(200);
  });
});

describe('body validation', () => {
  it('rejects a body that does not match, with typed issues by path', async () => {
    const res = await jsonRequest(t.app, 'POST', '/api/chat', { text: 42 }, { token: t.token });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('INVALID_BODY');
    expect(error.issues?.map((i) => i.path)).toEqual(['text']);
    expect((await errorOf(await jsonRequest(t.app, 'POST', '/api/chat', '{"text": "sho', { token: t.token }))).code).toBe('INVALID_BODY');
    expect((await jsonRequest(t.app, 'POST', '/api/chat', { text: '   ' }, { token: t.token })).status).toBe(400);
    expect((await jsonRequest(t.app, 'POST', '/api/chat', { text: 'x'.repeat(5_000) }, { token: t.token })).status).toBe(400);
    expect((await jsonRequest(t.app, 'POST', '/api/chat', { text: 'shoes', previous: { kind: 'clarify' } }, { token: t.token })).status).toBe(400);
  });

  it('refuses bodies over the size limit with 413 before reading them', async () => {
    const res = await jsonRequest(t.app, 'POST', '/api/chat', { text: 'x'.repeat(MAX_BODY_BYTES + 10) }, { token: t.token });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('validates the profile with ProfileSchema and saves a valid one', async () => {
    const bad = await jsonRequest(t.app, 'PUT', '/api/profile', { explorationAppetite: 2, values: ['cheap'], bannedBrands: ['not an id!'] }, { token: t.token });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).issues?.map((i) => i.path).sort()).toEqual(['bannedBrands.0', 'explorationAppetite', 'values.0']);
    const wrongCurrency = await jsonRequest(t.app, 'PUT', '/api/profile', { spendCapPerOrder: { amountMinor: 100, currency: 'USD' } }, { token: t.token });
    expect(wrongCurrency.status).toBe(400);
    const good = await jsonRequest(
      t.app,
      'PUT',
      '/api/profile',
      { spendCapPerOrder: { amountMinor: 20_000, currency: 'EUR' }, bannedBrands: ['pushy-sports'], values: ['vegan'], disclosure: 'minimal', explorationAppetite: 0.7 },
      { token: t.token },
    );
    expect(good.status).toBe(200);
    const saved = t.session.butler.profile();
    expect(saved.spendCapPerOrder.amountMinor).toBe(20_000);
    expect(saved.bannedBrands).toEqual(['pushy-sports']);
    expect(saved.values).toEqual(['vegan']);
    expect(saved.explorationAppetite).toBe(0.7);
    const page = await (await authedGet(t.app, '/settings', t.token)).text();
    expect(page).toMatch(/value="pushy-sports" checked/);
    expect(page).toContain('value="200.00"');
  });

  it('unknown routes are a typed 404', async () => {
    const res = await authedGet(t.app, '/api/nothing-here', t.token);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('NOT_FOUND');
    expect((await authedGet(t.app, '/static/../create-web-app.ts', t.token)).status).toBe(404);
    expect((await authedGet(t.app, '/static/secret.ts', t.token)).status).toBe(404);
  });
});
