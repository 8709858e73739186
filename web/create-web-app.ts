import { httpServeLimits } from '../protocol/index.ts';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ButlerSession } from '../app/index.ts';
import { PurchaseConfirmations } from './purchase-confirmations.ts';
import { RateLimiter } from './rate-limiter.ts';
import { PAGE_LABELS } from './page-labels.ts';
import { pageLanguageOf } from './page-language.ts';
import { LOOPBACK_HOSTNAMES, requestGuard } from './request-guard.ts';
import { registerChatRoutes } from './routes/chat-routes.ts';
import { registerOrderRoutes } from './routes/order-routes.ts';
import { registerPageRoutes } from './routes/page-routes.ts';
import { registerPurchaseRoutes } from './routes/purchase-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';
import { registerSettingsRoutes } from './routes/settings-routes.ts';
import { registerTrustRoutes } from './routes/trust-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { sendPage } from './send-page.ts';
import { loadStaticAssets } from './static-assets.ts';
import { errorPage } from './views/error-page.ts';
import type { WebContext } from './web-context.ts';
import { WebError } from './web-error.ts';

/** Largest request body accepted (bytes); larger ones are refused with 413 before being read. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Everything the web app needs. */
export interface WebAppDeps {
  /** The open butler (database, ledger, brands). The app never closes it. */
  readonly session: ButlerSession;
  /** The per-install token (see `loadOrCreateWebToken`). */
  readonly token: string;
  /** Where simulation reports (report.html) are looked for. */
  readonly reportsDir: string;
  /** Host names the app answers to (default: the loopback names), or 'any'. */
  readonly allowedHostnames?: readonly string[] | 'any';
  /** Wall-clock time in ms for confirmation expiry and rate limiting (default Date.now). */
  readonly now?: () => number;
  /** Purchase attempts allowed per window (default 5 per minute). */
  readonly purchaseRateLimit?: { readonly limit: number; readonly windowMs: number };
  /** Where unexpected errors are logged (default stderr). */
  readonly log?: (message: string) => void;
  /** Largest request body accepted in bytes (default `MAX_BODY_BYTES`); larger ones are refused with 413 before being read. */
  readonly maxBodyBytes?: number;
}

/**
 * The consumer's web app over a butler session: chat with streamed progress, offer cards with their scores and
 * evidence, purchase with an explicit confirmation, outcome reports, the trust dashboard, settings and simulation
 * reports. Security headers on every answer, the request guard (host, token, origin) before every route, bodies
 * bounded and validated, and one central error handler. Serve it with `serveWebApp`, or call `app.request()` in tests.
 */
export function createWebApp(deps: WebAppDeps): Hono {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const rate = deps.purchaseRateLimit ?? { limit: 5, windowMs: 60_000 };
  // Checked as a server's limits are (a positive whole number, else a RangeError).
  const maxBodyBytes = httpServeLimits({ maxBodyBytes: deps.maxBodyBytes ?? MAX_BODY_BYTES }).maxBodyBytes ?? MAX_BODY_BYTES;
  const ctx: WebContext = {
    session: deps.session,
    token: deps.token,
    reportsDir: deps.reportsDir,
    confirmations: new PurchaseConfirmations(),
    purchaseLimiter: new RateLimiter(rate.limit, rate.windowMs, now),
    assets: loadStaticAssets(),
    now,
    log,
  };
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', requestGuard({ token: deps.token, allowedHostnames: deps.allowedHostnames ?? LOOPBACK_HOSTNAMES }));
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new WebError('PAYLOAD_TOO_LARGE', `request bodies are limited to ${maxBodyBytes} bytes`);
      },
    }),
  );
  registerPageRoutes(app, ctx);
  registerChatRoutes(app, ctx);
  registerPurchaseRoutes(app, ctx);
  registerOrderRoutes(app, ctx);
  registerTrustRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);
  registerReportRoutes(app, ctx);

  app.notFound((c) => errorResponse(c, new WebError('NOT_FOUND', 'no such page')));
  // The one place where errors become answers: typed WebErrors keep their status, anything else is a logged 500.
  app.onError((error, c) => {
    if (error instanceof WebError) return errorResponse(c, error);
    if (error instanceof HTTPException && error.status === 413) return errorResponse(c, new WebError('PAYLOAD_TOO_LARGE', 'request body too large'));
    log(`web app error on ${c.req.method} ${new URL(c.req.url).pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return errorResponse(c, new WebError('INTERNAL', 'something went wrong in the butler; the server log has the details'));
  });
  return app;
}

/** JSON for the API and for non-GET requests, an HTML page otherwise. */
function errorResponse(c: Context, error: WebError): Response {
  const wantsJson = new URL(c.req.url).pathname.startsWith('/api/') || c.req.method !== 'GET';
  if (wantsJson) return c.json(error.toJSON(), error.status);
  const language = pageLanguageOf(c);
  return sendPage(c, { page: 'error', title: PAGE_LABELS[language].error.title(error.status), language, body: errorPage(error.status, error.message, language) }, error.status);
}
