import { html, type SafeHtml } from './safe-html.ts';

/** The body of an error page: what went wrong and, for a missing token, how to get in. */
export function errorPage(status: number, message: string): SafeHtml {
  return html`<h1>${status === 401 ? 'Open the link printed by majordome serve' : `Error ${status}`}</h1>
<p class="error">${message}</p>
${status === 401 ? html`<p>This page belongs to your butler and needs its per-install token. Start it with <code>majordome serve</code> and open the URL it prints (it ends with <code>?token=…</code>).</p>` : ''}
<p><a href="/">Back to the butler</a></p>`;
}
