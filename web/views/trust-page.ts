import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { RECOMMENDATION_WORDS_IN, type RecommendationStatus, type TrustScore } from '../../agent/trust/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { PAGE_LABELS } from '../page-labels.ts';
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

/** A horizontal bar of a 0..1 value with the ± band of its uncertainty; `label` names what it measures, in `language`. */
export function meter(value: number, uncertainty: number | undefined, label: string, language: Language = DEFAULT_LANGUAGE): SafeHtml {
  const pct = CHAT_LABELS[language].percent;
  const v = Math.min(1, Math.max(0, value));
  const u = uncertainty === undefined ? 0 : Math.min(1, Math.max(0, uncertainty));
  const lo = Math.max(0, v - u / 2);
  const hi = Math.min(1, v + u / 2);
  return html`<svg class="meter" viewBox="0 0 100 10" width="100" height="10" role="img" aria-label="${PAGE_LABELS[language].trust.meter(label, pct(v), uncertainty === undefined ? undefined : pct(u))}"><rect class="track" x="0" y="0" width="100" height="10"></rect>${u > 0 ? html`<rect class="spread" x="${Math.round(lo * 1000) / 10}" y="0" width="${Math.round((hi - lo) * 1000) / 10}" height="10"></rect>` : ''}<rect class="fill" x="0" y="3" width="${Math.round(v * 1000) / 10}" height="4"></rect></svg>`;
}

/** The trust dashboard, in the page's language: every brand's trust with its uncertainty, a history sparkline, and the ledger's integrity. */
export function trustPage(data: TrustPageData, language: Language = DEFAULT_LANGUAGE): SafeHtml {
  const say = PAGE_LABELS[language].trust;
  const column = say.columns;
  const pct = CHAT_LABELS[language].percent;
  const badge = (status: RecommendationStatus) =>
    status === 'recommendable' ? '' : html` <span class="badge warn">${status === 'below-floor' ? say.belowFloor : say.belowFloorUnless(RECOMMENDATION_WORDS_IN[language].short['after-clean-check'])}</span>`;
  const rows = data.rows.map(
    (r) => html`<tr data-brand-id="${r.brandId}">
<td><a href="/trust/${encodeURIComponent(r.brandId)}" class="brand-name">${r.name}</a>${badge(r.status)}${r.score.linkedIdentities.length ? html` <span class="badge">${say.linked(r.score.linkedIdentities.join(', '))}</span>` : ''}</td>
<td class="num">${meter(r.score.trust, r.score.uncertainty, column.trust.toLowerCase(), language)} <span class="trust-value">${pct(r.score.trust)}</span></td>
<td class="num">± ${pct(r.score.uncertainty)}</td>
<td class="num">${pct(r.score.honesty.score)}</td>
<td class="num">${pct(r.score.fit.score)}</td>
<td class="num">${pct(r.score.pressure.score)}</td>
<td class="num">${pct(r.score.estimatedHonesty)}</td>
<td class="num events-count">${r.score.events}</td>
<td>${trustHistoryChart(r.history, { compact: true, width: 140, height: 28, language })}</td>
</tr>`,
  );
  return html`<h1>${say.heading}</h1>
<p class="ledger-status ${data.verified.ok ? 'ok' : 'bad'}">${say.ledgerStatus(data.events, data.verified.ok, data.verified.detail)}</p>
<p class="note">${say.note(pct(data.floor))}</p>
${data.rows.length === 0
    ? html`<p class="empty">${say.empty}</p>`
    : html`<table class="trust-table"><thead><tr><th>${column.brand}</th><th>${column.trust}</th><th>${column.uncertainty}</th><th>${column.honesty}</th><th>${column.fit}</th><th>${column.lowPressure}</th><th>${column.claimsHold}</th><th>${column.events}</th><th>${column.history}</th></tr></thead><tbody>${rows}</tbody></table>`}`;
}
