/** One line of a line chart; null values leave a gap. */
export interface LineSeries {
  readonly name: string;
  readonly color: string;
  readonly values: ReadonlyArray<number | null>;
  readonly dashed?: boolean;
  /** Stroke width (default 2): the series a chart is about is drawn thicker, and last so nothing hides it. */
  readonly width?: number;
}

/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

const W = 640;
const H = 260;
const PAD = { left: 52, right: 12, top: 14, bottom: 34 };

function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const step0 = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? step0;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  return ticks;
}

function formatTick(v: number): string {
  if (Math.abs(v) >= 1000) return `${Math.round(v / 100) / 10}k`;
  return String(Math.round(v * 1000) / 1000);
}

function legend(items: ReadonlyArray<{ name: string; color: string; dashed?: boolean | undefined }>): string {
  return `<div class="legend">${items
    .map((s) => `<span><svg width="18" height="10"><line x1="0" y1="5" x2="18" y2="5" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/></svg>${escapeHtml(s.name)}</span>`)
    .join('')}</div>`;
}

function frame(xLabels: readonly string[], yMin: number, yMax: number, yLabel: string, body: string, ariaLabel: string): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;
  const x = (i: number) => PAD.left + (xLabels.length <= 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const yTicks = niceTicks(yMin, yMax)
    .map((t) => `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/><text x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${formatTick(t)}</text>`)
    .join('');
  const every = Math.max(1, Math.ceil(xLabels.length / 10));
  const xTicks = xLabels
    .map((label, i) => (i % every === 0 || i === xLabels.length - 1 ? `<text x="${x(i).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(label)}</text>` : ''))
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(ariaLabel)}" class="chart">${yTicks}${xTicks}<text x="12" y="${PAD.top + plotH / 2}" transform="rotate(-90 12 ${PAD.top + plotH / 2})" text-anchor="middle">${escapeHtml(yLabel)}</text><line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${PAD.top + plotH}" class="axis"/><line x1="${PAD.left}" x2="${W - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" class="axis"/>${body}</svg>`;
}

/** A line chart as inline SVG (with an HTML legend); the y range covers the data unless fixed. */
export function lineChart(input: { title: string; xLabels: readonly string[]; series: readonly LineSeries[]; yLabel: string; yMin?: number; yMax?: number }): string {
  const values = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  let yMin = input.yMin ?? Math.min(0, ...values);
  let yMax = input.yMax ?? Math.max(...values, yMin + 1e-9);
  if (values.length === 0) {
    yMin = input.yMin ?? 0;
    yMax = input.yMax ?? 1;
  }
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = input.xLabels.length;
  const x = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;
  const lines = input.series
    .map((s) => {
      const segments: string[] = [];
      let current: string[] = [];
      s.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) {
          if (current.length > 0) segments.push(current.join(' '));
          current = [];
        } else current.push(`${x(i).toFixed(1)},${y(Math.min(yMax, Math.max(yMin, v))).toFixed(1)}`);
      });
      if (current.length > 0) segments.push(current.join(' '));
      return segments
        .map((pts) => (pts.includes(' ') ? `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="${s.width ?? 2}"${s.dashed ? ' stroke-dasharray="5 4"' : ''}><title>${escapeHtml(s.name)}</title></polyline>` : `<circle cx="${pts.split(',')[0]}" cy="${pts.split(',')[1]}" r="2.5" fill="${s.color}"><title>${escapeHtml(s.name)}</title></circle>`))
        .join('');
    })
    .join('');
  return `<figure><figcaption>${escapeHtml(input.title)}</figcaption>${frame(input.xLabels, yMin, yMax, input.yLabel, lines, input.title)}${legend(input.series)}</figure>`;
}

/** A stacked area chart of shares (each column sums to 1 when there is data) as inline SVG. */
export function stackedShareChart(input: { title: string; xLabels: readonly string[]; layers: ReadonlyArray<{ name: string; color: string; values: readonly number[] }>; yLabel: string }): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = input.xLabels.length;
  const x = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - v * plotH;
  const base = new Array<number>(n).fill(0);
  const areas = input.layers
    .map((layer) => {
      const bottom = [...base];
      layer.values.forEach((v, i) => (base[i] = (base[i] ?? 0) + v));
      const top = base.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      const back = bottom.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).reverse();
      return `<polygon points="${[...top, ...back].join(' ')}" fill="${layer.color}" fill-opacity="0.85" stroke="white" stroke-width="0.5"><title>${escapeHtml(layer.name)}</title></polygon>`;
    })
    .join('');
  return `<figure><figcaption>${escapeHtml(input.title)}</figcaption>${frame(input.xLabels, 0, 1, input.yLabel, areas, input.title)}${legend(input.layers)}</figure>`;
}

/** An HTML table; numbers are right-aligned. */
export function htmlTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cell = (v: string | number | null) => (typeof v === 'number' ? `<td class="num">${escapeHtml(String(v))}</td>` : `<td>${escapeHtml(v ?? '—')}</td>`);
  return `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}
