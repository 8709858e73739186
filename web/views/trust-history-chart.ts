import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import type { TrustHistoryPoint } from '../trust-history.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** Options of the chart. */
export interface TrustChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** A sparkline: no axes, no markers. */
  readonly compact?: boolean;
  /** Honesty below which a brand is never recommended, drawn as a dashed line. */
  readonly floor?: number;
  /** Most points drawn (the newest are kept). */
  readonly maxPoints?: number;
  /** The language of its titles and axis labels (default English). */
  readonly language?: Language;
}

const NEGATIVE_KINDS = new Set(['claim-contradicted', 'bait-and-switch', 'order-refused', 'pressure-tactic']);
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * An inline SVG of a brand's trust after each ledger event: combined trust, honesty, and the band between the honesty
 * opinion's belief and plausibility (how far more evidence could still move it). X is the event order, Y is 0..1.
 */
export function trustHistoryChart(history: readonly TrustHistoryPoint[], options: TrustChartOptions = {}): SafeHtml {
  const width = options.width ?? 640;
  const height = options.height ?? 220;
  const compact = options.compact ?? false;
  const points = history.slice(-(options.maxPoints ?? 240));
  const pad = compact ? { left: 1, right: 1, top: 2, bottom: 2 } : { left: 34, right: 10, top: 10, bottom: 22 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const x = (i: number) => round(pad.left + (points.length <= 1 ? w / 2 : (i / (points.length - 1)) * w));
  const y = (v: number) => round(pad.top + (1 - Math.min(1, Math.max(0, v))) * h);
  const language = options.language ?? DEFAULT_LANGUAGE;
  const say = PAGE_LABELS[language].chart;
  const pct = CHAT_LABELS[language].percent;
  const kinds = PAGE_LABELS[language].brand.eventKinds;
  const label = points.length === 0 ? say.noEvents : say.summary(points.length, pct(points[points.length - 1]!.trust));
  if (points.length === 0) {
    return html`<svg class="trust-chart empty" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><title>${label}</title><text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="chart-note">${say.noEventsNote}</text></svg>`;
  }
  const line = (pick: (p: TrustHistoryPoint) => number) => points.map((p, i) => `${x(i)},${y(pick(p))}`).join(' ');
  const band = [...points.map((p, i) => `${x(i)},${y(p.honestyPlausibility)}`), ...points.map((p, i) => `${x(i)},${y(p.honestyBelief)}`).reverse()].join(' ');
  const grid = compact
    ? []
    : [0, 0.25, 0.5, 0.75, 1].map(
        (v) => html`<line class="grid" x1="${pad.left}" x2="${pad.left + w}" y1="${y(v)}" y2="${y(v)}"></line><text class="axis" x="${pad.left - 4}" y="${y(v) + 3}" text-anchor="end">${pct(v)}</text>`,
      );
  const floor =
    options.floor === undefined ? '' : html`<line class="floor" x1="${pad.left}" x2="${pad.left + w}" y1="${y(options.floor)}" y2="${y(options.floor)}"><title>${say.floor}</title></line>`;
  const last = points.length - 1;
  const markers = compact
    ? [html`<circle class="last" cx="${x(last)}" cy="${y(points[last]!.trust)}" r="2"></circle>`]
    : points.flatMap((p, i) =>
        NEGATIVE_KINDS.has(p.kind) ? [html`<circle class="marker ${p.kind}" cx="${x(i)}" cy="${y(p.trust)}" r="3"><title>#${p.seq} ${kinds[p.kind]}</title></circle>`] : [],
      );
  const axis = compact
    ? ''
    : html`<text class="axis" x="${pad.left}" y="${height - 6}">${say.event(points[0]!.seq)}</text><text class="axis" x="${pad.left + w}" y="${height - 6}" text-anchor="end">${say.event(points[points.length - 1]!.seq)}</text>`;
  return html`<svg class="trust-chart${compact ? ' compact' : ''}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><title>${label}</title>${grid}${floor}<polygon class="band" points="${band}"></polygon><polyline class="honesty" points="${line((p) => p.honesty)}"></polyline><polyline class="trust" points="${line((p) => p.trust)}"></polyline>${markers}${axis}</svg>`;
}
