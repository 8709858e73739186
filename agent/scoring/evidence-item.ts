import type { AttributeValue } from '../../protocol/index.ts';
import type { Quote } from './quote-text.ts';

/** The figures and values behind a finding, so the explanation can say it in the person's language. */
export type EvidenceData = Readonly<Record<string, AttributeValue | readonly AttributeValue[]>>;

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
  /** The values `detail` is written from (e.g. `{ claimed: 180, stated: 290 }`): `detail` is English, these are not. */
  readonly data?: EvidenceData | undefined;
}
