import { RECOMMENDATION_WORDS, recommendationStatus, type DimensionTrust, type RecommendationStatus, type RecordedTrustEvent, type TrustScore } from '../../agent/trust/index.ts';
import type { TrustHistoryPoint } from '../trust-history.ts';
import { EVENT_KIND_LABELS, eventEvidence } from './event-evidence.ts';
import { html, type SafeHtml } from './safe-html.ts';
import { trustHistoryChart } from './trust-history-chart.ts';

/** What one brand's trust page shows. */
export interface BrandTrustPageData {
  readonly brandId: string;
  readonly name: string;
  readonly score: TrustScore;
  readonly history: readonly TrustHistoryPoint[];
  /** Newest first. */
  readonly events: readonly RecordedTrustEvent[];
  readonly totalEvents: number;
  readonly floor: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The brand's standing in the shared vocabulary (`RECOMMENDATION_WORDS`); a warning badge unless recommendable. */
function statusBadge(status: RecommendationStatus, floor: number): SafeHtml | string {
  if (status === 'recommendable') return RECOMMENDATION_WORDS.recommendable;
  const words = status === 'below-floor' ? `below the honesty floor (${pct(floor)}): never recommended` : `below the honesty floor (${pct(floor)}) on its record: ${RECOMMENDATION_WORDS[status]}`;
  return html`<span class="badge warn">${words}</span>`;
}

/** A subjective-logic opinion as one stacked bar: belief, uncertainty, disbelief. */
function opinionBar(name: string, d: DimensionTrust): SafeHtml {
  const b = Math.round(d.belief * 1000) / 10;
  const u = Math.round(d.uncertainty * 1000) / 10;
  const dis = Math.max(0, Math.round((100 - b - u) * 10) / 10);
  return html`<tr><th>${name}</th><td><svg class="opinion" viewBox="0 0 100 12" width="200" height="12" role="img" aria-label="${name}: belief ${pct(d.belief)}, uncertainty ${pct(d.uncertainty)}, disbelief ${pct(d.disbelief)}"><rect class="belief" x="0" y="0" width="${b}" height="12"></rect><rect class="uncertain" x="${b}" y="0" width="${u}" height="12"></rect><rect class="disbelief" x="${b + u}" y="0" width="${dis}" height="12"></rect></svg></td><td class="num">${pct(d.score)}</td><td class="num">${pct(d.belief)} / ${pct(d.uncertainty)} / ${pct(d.disbelief)}</td><td class="num">${d.positive.toFixed(1)} / ${d.negative.toFixed(1)}</td></tr>`;
}

/** One brand's trust: the opinions per dimension, the history chart and every event with its evidence. */
export function brandTrustPage(data: BrandTrustPageData): SafeHtml {
  const s = data.score;
  return html`<p><a href="/trust">← all brands</a></p>
<h1 class="brand-name">${data.name}</h1>
<p class="brand-id">id ${data.brandId}${s.linkedIdentities.length ? html` · linked identities: ${s.linkedIdentities.join(', ')}` : ''}</p>
<p class="headline">Trust <strong class="trust-value">${pct(s.trust)}</strong> ± ${pct(s.uncertainty)} uncertainty · claims hold about ${pct(s.estimatedHonesty)} of the time · ${statusBadge(recommendationStatus(s, data.floor), data.floor)}</p>
<table class="opinions"><thead><tr><th>Dimension</th><th>Belief · uncertainty · disbelief</th><th>Score</th><th>b / u / d</th><th>Evidence + / −</th></tr></thead><tbody>
${opinionBar('honesty', s.honesty)}${opinionBar('low pressure', s.pressure)}${opinionBar('fit', s.fit)}
</tbody></table>
<h2>History</h2>
<figure class="history">${trustHistoryChart(data.history, { floor: data.floor })}<figcaption>Combined trust (thick), honesty (thin) and the honesty band between belief and plausibility, after each event; red marks are contradictions, bait-and-switch and pressure.</figcaption></figure>
<h2>Events <span class="count">(${data.totalEvents}${data.events.length < data.totalEvents ? `, newest ${data.events.length} shown` : ''})</span></h2>
<table class="events"><thead><tr><th>#</th><th>When</th><th>What</th><th>Evidence</th><th>Hash</th></tr></thead><tbody>
${data.events.map(
    (e) => html`<tr class="event ${e.kind}"><td class="num">${e.seq}</td><td>${e.occurredAt}</td><td>${EVENT_KIND_LABELS[e.kind]}</td><td>${eventEvidence(e)}</td><td><code title="${e.hash}">${e.hash.slice(0, 12)}</code></td></tr>`,
  )}
</tbody></table>`;
}
