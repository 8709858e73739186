import type { TacticLabel } from '../../protocol/index.ts';
import type { EvidenceData } from './evidence-item.ts';
import type { Quote } from './quote-text.ts';

/** Weight of a text tactic label the detector does not publish a severity for. */
export const DEFAULT_TEXT_TACTIC_WEIGHT = 0.4;

/** One pressure tactic found around an offer, with the quoted brand text it rests on. */
export interface PressureTactic {
  /** A text tactic label from the detector (urgency, scarcity, injection, …) or a behavioural one (protocol/pressure-tactics.ts). */
  readonly label: TacticLabel;
  readonly source: 'text' | 'behaviour';
  readonly confidence: number;
  /** weight × confidence: how much this tactic alone pushes the pressure score. */
  readonly strength: number;
  /** Plain-language description in the butler's words. */
  readonly detail: string;
  readonly quote?: Quote | undefined;
  /** Figures behind the finding, e.g. `{ validMinutes: 10 }`. */
  readonly data?: EvidenceData | undefined;
  /**
   * A text finding resting on the detector's statistical model alone (no pattern or hidden-content detector named it):
   * enough to price as pressure, never enough to make an offer unbuyable.
   */
  readonly modelOnly?: true | undefined;
}
