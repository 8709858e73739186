import type { Hono } from 'hono';
import { PAGE_LABELS } from '../page-labels.ts';
import { pageLanguageOf } from '../page-language.ts';
import { sendPage } from '../send-page.ts';
import { REPORT_CSP } from '../security-headers.ts';
import { listReports, readReportFile } from '../simulation-reports.ts';
import { reportsPage } from '../views/reports-page.ts';
import type { WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

const VIEW_PREFIX = '/reports/view/';

/** Simulation reports: GET /reports lists every report.html; GET /reports/view/<path> serves one file read-only, sandboxed. */
export function registerReportRoutes(app: Hono, ctx: WebContext): void {
  app.get('/reports', async (c) => {
    const language = pageLanguageOf(c);
    return sendPage(c, { page: 'reports', title: PAGE_LABELS[language].reports.heading, token: ctx.token, language, body: reportsPage(await listReports(ctx.reportsDir), ctx.reportsDir, language) });
  });

  app.get('/reports/view/*', async (c) => {
    const pathname = new URL(c.req.url).pathname;
    let segments: string[];
    try {
      segments = pathname.slice(VIEW_PREFIX.length).split('/').map(decodeURIComponent);
    } catch {
      throw new WebError('NOT_FOUND', 'no such report file');
    }
    const file = await readReportFile(ctx.reportsDir, segments);
    if (file.kind === 'not-found') throw new WebError('NOT_FOUND', 'no such report file');
    if (file.kind === 'too-large') throw new WebError('PAYLOAD_TOO_LARGE', 'this report file is too large to serve');
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType, 'content-security-policy': REPORT_CSP, 'cache-control': 'no-cache' });
  });
}
