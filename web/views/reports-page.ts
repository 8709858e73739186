import type { Language } from '../../agent/language/index.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import type { ReportFile } from '../simulation-reports.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** The list of simulation reports, each opened read-only in a sandbox, in the page's language. */
export function reportsPage(reports: readonly ReportFile[], dir: string, language: Language): SafeHtml {
  const say = PAGE_LABELS[language].reports;
  return html`<h1>${say.heading}</h1>
<p class="note">${say.foundUnder} <code>${dir}</code> ${say.runToMakeOne} <code>majordome simulate</code> ${say.closeParenthesis} ${say.sandboxed}</p>
${reports.length === 0
    ? html`<p class="empty">${say.empty}</p>`
    : html`<ul class="reports">${reports.map(
        (r) => html`<li><a href="/reports/view/${r.path.split('/').map(encodeURIComponent).join('/')}" target="_blank" rel="noopener noreferrer">${r.path}</a> <span class="meta">${r.modifiedAt} · ${Math.max(1, Math.round(r.size / 1024))} KiB</span></li>`,
      )}</ul>`}`;
}
