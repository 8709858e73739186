import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { WebError } from './web-error.ts';
import { TOKEN_HEADER, sameSecret, sessionCookieValue } from './web-token.ts';

/** The cookie that lets the person's browser read pages after opening the tokened URL once. */
export const SESSION_COOKIE = 'majordome_session';

/** Methods that change state: they need the token header and a same-origin request. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who may talk to the app. */
export interface GuardOptions {
  readonly token: string;
  /** Host names the app answers to (DNS-rebinding defence), or 'any' when deliberately bound to every interface. */
  readonly allowedHostnames: readonly string[] | 'any';
}

/** Host names of the loopback interface. */
export const LOOPBACK_HOSTNAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

/**
 * The app's gate. Every request must name an allowed host. State-changing requests must carry the token in the
 * `x-majordome-token` header (a cookie is never enough) and come from the app's own origin (Origin and Sec-Fetch-Site
 * checked), which together make them CSRF-safe. Reads need the token header or the session cookie, which a first visit
 * to `/?token=…` sets (HttpOnly, SameSite=Strict) before redirecting to the same page without the token in the URL.
 * Static assets are public.
 */
export function requestGuard(options: GuardOptions): MiddlewareHandler {
  const cookieValue = sessionCookieValue(options.token);
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (options.allowedHostnames !== 'any' && !options.allowedHostnames.includes(url.hostname)) {
      throw new WebError('UNKNOWN_HOST', `this app answers only to ${options.allowedHostnames.join(', ')}`);
    }
    const method = c.req.method.toUpperCase();
    if (STATE_CHANGING.has(method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined && origin !== url.origin) throw new WebError('FORBIDDEN_ORIGIN', 'cross-origin requests are refused');
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new WebError('FORBIDDEN_ORIGIN', 'cross-site requests are refused');
      if (!sameSecret(c.req.header(TOKEN_HEADER), options.token)) throw new WebError('UNAUTHORIZED', `missing or wrong ${TOKEN_HEADER} header`);
      return next();
    }
    if (method === 'GET' && url.pathname.startsWith('/static/')) return next();
    const queryToken = url.searchParams.get('token');
    if (method === 'GET' && queryToken !== null) {
      if (!sameSecret(queryToken, options.token)) throw new WebError('UNAUTHORIZED', 'this link’s token is wrong; use the URL printed by majordome serve');
      setCookie(c, SESSION_COOKIE, cookieValue, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 30 * 86_400 });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (sameSecret(getCookie(c, SESSION_COOKIE), cookieValue) || sameSecret(c.req.header(TOKEN_HEADER), options.token)) return next();
    throw new WebError('UNAUTHORIZED', 'this page needs the token printed by majordome serve');
  };
}
