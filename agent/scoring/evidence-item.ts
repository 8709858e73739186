import type { Quote } from './quote-text.ts';

/** One reason behind a score, in the butler's own words, with the brand text it rests on marked as a quote. */
export interface EvidenceItem {
  /** Stable machine-readable code, e.g. "claim-contradicted-by-market". */
  readonly code: string;
  readonly effect: 'supports' | 'undermines' | 'neutral';
  /** Signed contribution in the scorer's own unit (fit points, honesty log-odds, pressure strength). */
  readonly impact: number;
  /** Plain-language sentence; never contains unquoted brand text. */
  readonly detail: string;
  readonly attribute?: string | undefined;
  readonly quote?: Quote | undefined;
}
