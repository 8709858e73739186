import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pageLanguageAsked } from './page-language.ts';
import { pageLayout, type PageContent } from './views/page-layout.ts';

/** Answers with a full HTML page in the shared layout; a language asked for in `?lang=` is kept in the navigation's links. */
export function sendPage(c: Context, content: PageContent, status: ContentfulStatusCode = 200): Response {
  const asked = pageLanguageAsked(c);
  return c.html(pageLayout(asked === undefined ? content : { ...content, linkLanguage: asked }).markup, status);
}
