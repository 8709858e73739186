import type { Language } from '../../agent/language/index.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** The body of an error page in the page's language: what went wrong (the detail as the server wrote it) and, for a missing token, how to get in. */
export function errorPage(status: number, message: string, language: Language): SafeHtml {
  const say = PAGE_LABELS[language].error;
  return html`<h1>${status === 401 ? say.tokenHeading : say.title(status)}</h1>
<p class="error">${message}</p>
${status === 401 ? html`<p>${say.tokenHelpBefore} <code>majordome serve</code> ${say.tokenHelpBetween} <code>?token=…</code>${say.tokenHelpAfter}</p>` : ''}
<p><a href="/">${say.back}</a></p>`;
}
