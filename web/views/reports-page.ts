import type { ReportFile } from '../simulation-reports.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** The list of simulation reports, each opened read-only in a sandbox. */
export function reportsPage(reports: readonly ReportFile[], dir: string): SafeHtml {
  return html`<h1>Simulation reports</h1>
<p class="note">Reports found under <code>${dir}</code> (run <code>majordome simulate</code> to make one). They open read-only, in a sandbox with no access to this app.</p>
${reports.length === 0
    ? html`<p class="empty">No report.html found yet.</p>`
    : html`<ul class="reports">${reports.map(
        (r) => html`<li><a href="/reports/view/${r.path.split('/').map(encodeURIComponent).join('/')}" target="_blank" rel="noopener noreferrer">${r.path}</a> <span class="meta">${r.modifiedAt} · ${Math.max(1, Math.round(r.size / 1024))} KiB</span></li>`,
      )}</ul>`}`;
}
