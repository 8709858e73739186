import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pageLayout, type PageContent } from './views/page-layout.ts';

/** Answers with a full HTML page in the shared layout. */
export function sendPage(c: Context, content: PageContent, status: ContentfulStatusCode = 200): Response {
  return c.html(pageLayout(content).markup, status);
}
