// Public API of the web app: the hono app over a butler session, its server, token and error codes.
export { createWebApp, MAX_BODY_BYTES } from './create-web-app.ts';
export type { WebAppDeps } from './create-web-app.ts';
export { serveWebApp, isLoopbackHost } from './serve-web-app.ts';
export type { RunningWebApp, ServeWebAppOptions } from './serve-web-app.ts';
export { loadOrCreateWebToken, TOKEN_HEADER, WEB_TOKEN_SETTING } from './web-token.ts';
export { SESSION_COOKIE, LOOPBACK_HOSTNAMES } from './request-guard.ts';
export { WEB_ERROR_CODES, WebError } from './web-error.ts';
export type { WebErrorCode, BodyIssue } from './web-error.ts';
export { defaultReportsDir, listReports, readReportFile } from './simulation-reports.ts';
export type { ReportFile, ReportRead } from './simulation-reports.ts';
export { APP_CSP, REPORT_CSP } from './security-headers.ts';
export { shoppingView } from './shopping-view.ts';
export type { ShoppingView, OfferCardView } from './shopping-view.ts';
export { trustHistory } from './trust-history.ts';
export type { TrustHistoryPoint } from './trust-history.ts';
