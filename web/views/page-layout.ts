import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import { PAGES, type PageName } from '../pages.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** What a page puts in the shared layout. */
export interface PageContent {
  readonly page: PageName | 'error';
  readonly title: string;
  readonly body: SafeHtml;
  /** The per-install token, for the page's scripts to send in the x-majordome-token header (absent on error pages). */
  readonly token?: string | undefined;
  /** Module scripts served by the app under /static/. */
  readonly scripts?: readonly string[];
  /** The page's language (`pageLanguageOf`): the navigation and the footer in it too (default English). */
  readonly language?: Language | undefined;
  /** The language the request named in `?lang=`: every navigation link carries it, so the choice holds from page to page. */
  readonly linkLanguage?: Language | undefined;
}

/** The HTML document around every page: navigation, the stylesheet and the page's module scripts (no inline script). */
export function pageLayout(content: PageContent): SafeHtml {
  const language = content.language ?? DEFAULT_LANGUAGE;
  const say = PAGE_LABELS[language].layout;
  const nav = (Object.keys(PAGES) as PageName[]).map(
    (name) => html`<a href="${PAGES[name].href}${content.linkLanguage ? `?lang=${content.linkLanguage}` : ''}"${name === content.page ? html` aria-current="page" class="active"` : ''}>${say.pages[name]}</a>`,
  );
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${content.token ? html`<meta name="majordome-token" content="${content.token}">` : ''}
<title>${content.title} · Majordome</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/style.css">
</head>
<body data-page="${content.page}">
<header class="top"><span class="logo">Majordome</span><nav>${nav}</nav></header>
<main>
${content.body}
</main>
<footer>${say.footer}</footer>
${(content.scripts ?? []).map((s) => html`<script type="module" src="/static/${s}"></script>`)}
</body>
</html>`;
}
