import { RECOMMENDATION_SHORT_WORDS, type RecommendationStatus, type TrustScore } from '../../agent/trust/index.ts';
import type { TrustHistoryPoint } from '../trust-history.ts';
import { html, type SafeHtml } from './safe-html.ts';
import { trustHistoryChart } from './trust-history-chart.ts';

/** One brand's row on the dashboard. */
export interface TrustRow {
  readonly brandId: string;
  readonly name: string;
  readonly score: TrustScore;
  readonly recommendable: boolean;
  readonly status: RecommendationStatus;
  readonly history: readonly TrustHistoryPoint[];
}

/** What the dashboard shows. */
export interface TrustPageData {
  readonly rows: readonly TrustRow[];
  readonly events: number;
  readonly verified: { readonly ok: boolean; readonly detail: string };
  readonly floor: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A horizontal bar of a 0..1 value with the ± band of its uncertainty. */
export function meter(value: number, uncertainty: number | undefined, label: string): SafeHtml {
  const v = Math.min(1, Math.max(0, value));
  const u = uncertainty === undefined ? 0 : Math.min(1, Math.max(0, uncertainty));
  const lo = Math.max(0, v - u / 2);
  const hi = Math.min(1, v + u / 2);
  return html`<svg class="meter" viewBox="0 0 100 10" width="100" height="10" role="img" aria-label="${label} ${pct(v)}${uncertainty === undefined ? '' : `, uncertainty ${pct(u)}`}"><rect class="track" x="0" y="0" width="100" height="10"></rect>${u > 0 ? html`<rect class="spread" x="${Math.round(lo * 1000) / 10}" y="0" width="${Math.round((hi - lo) * 1000) / 10}" height="10"></rect>` : ''}<rect class="fill" x="0" y="3" width="${Math.round(v * 1000) / 10}" height="4"></rect></svg>`;
}

/** The trust dashboard: every brand's trust with its uncertainty, a history sparkline, and the ledger's integrity. */
export function trustPage(data: TrustPageData): SafeHtml {
  const rows = data.rows.map(
    (r) => html`<tr data-brand-id="${r.brandId}">
<td><a href="/trust/${encodeURIComponent(r.brandId)}" class="brand-name">${r.name}</a>${r.status === 'recommendable' ? '' : r.status === 'below-floor' ? html` <span class="badge warn">below floor</span>` : html` <span class="badge warn">below floor: ${RECOMMENDATION_SHORT_WORDS['after-clean-check']}</span>`}${r.score.linkedIdentities.length ? html` <span class="badge">linked: ${r.score.linkedIdentities.join(', ')}</span>` : ''}</td>
<td class="num">${meter(r.score.trust, r.score.uncertainty, 'trust')} <span class="trust-value">${pct(r.score.trust)}</span></td>
<td class="num">± ${pct(r.score.uncertainty)}</td>
<td class="num">${pct(r.score.honesty.score)}</td>
<td class="num">${pct(r.score.fit.score)}</td>
<td class="num">${pct(r.score.pressure.score)}</td>
<td class="num">${pct(r.score.estimatedHonesty)}</td>
<td class="num events-count">${r.score.events}</td>
<td>${trustHistoryChart(r.history, { compact: true, width: 140, height: 28 })}</td>
</tr>`,
  );
  return html`<h1>Trust ledger</h1>
<p class="ledger-status ${data.verified.ok ? 'ok' : 'bad'}">${data.events} events in the hash-chained ledger · ${data.verified.ok ? 'chain and scores verified' : 'VERIFICATION FAILED'}: ${data.verified.detail}</p>
<p class="note">Trust combines honesty, pressure and fit geometrically (a good fit cannot rescue a liar). The shaded band is the uncertainty: little evidence means a wide band. A brand is never recommended when its own failed checks put its calibrated honesty (the share of its offers that turned out as described) below ${pct(data.floor)}; a newcomer is uncertain, not guilty.</p>
${data.rows.length === 0
    ? html`<p class="empty">The ledger is empty: ask the butler for something first.</p>`
    : html`<table class="trust-table"><thead><tr><th>Brand</th><th>Trust</th><th>Uncertainty</th><th>Honesty</th><th>Fit</th><th>Low pressure</th><th>Claims hold</th><th>Events</th><th>History</th></tr></thead><tbody>${rows}</tbody></table>`}`;
}
