/** Progress of a run: consumer decisions (per policy) done, out of the total, after `elapsedMs`. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
}

/** "1m05s" style durations. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** One progress line: a bar (on terminals), percentage, counts, rate and ETA. */
export function formatProgress(p: Progress, options: { bar: boolean; width?: number }): string {
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const rate = p.elapsedMs > 0 ? p.done / (p.elapsedMs / 1000) : 0;
  const eta = rate > 0 ? ((p.total - p.done) / rate) * 1000 : Number.POSITIVE_INFINITY;
  const width = options.width ?? 28;
  const filled = Math.round(share * width);
  const bar = options.bar ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
  return `${bar}${(share * 100).toFixed(1).padStart(5)}%  ${p.done}/${p.total} consumer-rounds  ${rate.toFixed(1)}/s  elapsed ${formatDuration(p.elapsedMs)}  ETA ${p.done >= p.total ? '0s' : formatDuration(eta)}`;
}
