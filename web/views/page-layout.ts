import { html, type SafeHtml } from './safe-html.ts';

/** The pages of the web app, as named in the navigation. */
export const PAGES = {
  chat: { href: '/', label: 'Butler' },
  trust: { href: '/trust', label: 'Trust' },
  orders: { href: '/orders', label: 'Orders' },
  settings: { href: '/settings', label: 'Settings' },
  reports: { href: '/reports', label: 'Reports' },
} as const;

/** A page of the web app. */
export type PageName = keyof typeof PAGES;

/** What a page puts in the shared layout. */
export interface PageContent {
  readonly page: PageName | 'error';
  readonly title: string;
  readonly body: SafeHtml;
  /** The per-install token, for the page's scripts to send in the x-majordome-token header (absent on error pages). */
  readonly token?: string | undefined;
  /** Module scripts served by the app under /static/. */
  readonly scripts?: readonly string[];
}

/** The HTML document around every page: navigation, the stylesheet and the page's module scripts (no inline script). */
export function pageLayout(content: PageContent): SafeHtml {
  const nav = Object.entries(PAGES).map(
    ([name, p]) => html`<a href="${p.href}"${name === content.page ? html` aria-current="page" class="active"` : ''}>${p.label}</a>`,
  );
  return html`<!doctype html>
<html lang="en">
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
<footer>Your butler works for you: brand text is shown as quoted data, and nothing is bought without your confirmation.</footer>
${(content.scripts ?? []).map((s) => html`<script type="module" src="/static/${s}"></script>`)}
</body>
</html>`;
}
