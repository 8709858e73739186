import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { RECOMMENDATION_WORDS_IN, recommendationStatus, type DimensionTrust, type RecommendationStatus, type RecordedTrustEvent, type TrustScore } from '../../agent/trust/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { PAGE_LABELS, type PageLabels } from '../page-labels.ts';
import type { TrustHistoryPoint } from '../trust-history.ts';
import { eventEvidence } from './event-evidence.ts';
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

/** The brand's standing in the shared vocabulary (`RECOMMENDATION_WORDS_IN`); a warning badge unless recommendable. */
function statusBadge(status: RecommendationStatus, floor: number, language: Language): SafeHtml | string {
  const say = PAGE_LABELS[language].brand;
  const pct = CHAT_LABELS[language].percent;
  if (status === 'recommendable') return say.recommendable;
  const words = status === 'below-floor' ? say.neverRecommended(pct(floor)) : say.belowFloorOnRecord(pct(floor), RECOMMENDATION_WORDS_IN[language].long[status]);
  return html`<span class="badge warn">${words}</span>`;
}

/** A subjective-logic opinion as one stacked bar: belief, uncertainty, disbelief. */
function opinionBar(name: string, d: DimensionTrust, say: PageLabels['brand'], pct: (x: number) => string): SafeHtml {
  const b = Math.round(d.belief * 1000) / 10;
  const u = Math.round(d.uncertainty * 1000) / 10;
  const dis = Math.max(0, Math.round((100 - b - u) * 10) / 10);
  return html`<tr><th>${name}</th><td><svg class="opinion" viewBox="0 0 100 12" width="200" height="12" role="img" aria-label="${say.opinion(name, pct(d.belief), pct(d.uncertainty), pct(d.disbelief))}"><rect class="belief" x="0" y="0" width="${b}" height="12"></rect><rect class="uncertain" x="${b}" y="0" width="${u}" height="12"></rect><rect class="disbelief" x="${b + u}" y="0" width="${dis}" height="12"></rect></svg></td><td class="num">${pct(d.score)}</td><td class="num">${pct(d.belief)} / ${pct(d.uncertainty)} / ${pct(d.disbelief)}</td><td class="num">${d.positive.toFixed(1)} / ${d.negative.toFixed(1)}</td></tr>`;
}

/** One brand's trust, in the page's language: the opinions per dimension, the history chart and every event with its evidence. */
export function brandTrustPage(data: BrandTrustPageData, language: Language = DEFAULT_LANGUAGE): SafeHtml {
  const s = data.score;
  const say = PAGE_LABELS[language].brand;
  const pct = CHAT_LABELS[language].percent;
  const col = say.opinionColumns;
  const ev = say.eventColumns;
  return html`<p><a href="/trust">${say.allBrands}</a></p>
<h1 class="brand-name">${data.name}</h1>
<p class="brand-id">${say.id(data.brandId)}${s.linkedIdentities.length ? say.linkedIdentities(s.linkedIdentities.join(', ')) : ''}</p>
<p class="headline">${say.headline.trust}<strong class="trust-value">${pct(s.trust)}</strong>${say.headline.uncertainty(pct(s.uncertainty))}${say.headline.claimsHold(pct(s.estimatedHonesty))}${statusBadge(recommendationStatus(s, data.floor), data.floor, language)}</p>
<table class="opinions"><thead><tr><th>${col.dimension}</th><th>${col.bar}</th><th>${col.score}</th><th>${col.bud}</th><th>${col.evidence}</th></tr></thead><tbody>
${opinionBar(say.dimensions.honesty, s.honesty, say, pct)}${opinionBar(say.dimensions.lowPressure, s.pressure, say, pct)}${opinionBar(say.dimensions.fit, s.fit, say, pct)}
</tbody></table>
<h2>${say.history}</h2>
<figure class="history">${trustHistoryChart(data.history, { floor: data.floor, language })}<figcaption>${say.historyCaption}</figcaption></figure>
<h2>${say.events} <span class="count">${say.eventCount(data.totalEvents, data.events.length)}</span></h2>
<table class="events"><thead><tr><th>${ev.seq}</th><th>${ev.when}</th><th>${ev.what}</th><th>${ev.evidence}</th><th>${ev.hash}</th></tr></thead><tbody>
${data.events.map(
    (e) => html`<tr class="event ${e.kind}"><td class="num">${e.seq}</td><td>${e.occurredAt}</td><td>${say.eventKinds[e.kind]}</td><td>${eventEvidence(e, { quoted: say.quoted, language })}</td><td><code title="${e.hash}">${e.hash.slice(0, 12)}</code></td></tr>`,
  )}
</tbody></table>`;
}
