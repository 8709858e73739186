import type { Context } from 'hono';
import { pageLayout, type PageContent } from './views/page-layout.ts';

/** Answers with a full HTML page in the shared layout. */
export function sendPage(c: Context, content: PageContent, status: 200 | 401 | 403 | 404 | 409 | 413 | 415 | 421 | 429 | 400 | 500 = 200): Response {
  return c.html(pageLayout(content).markup, status);
}
