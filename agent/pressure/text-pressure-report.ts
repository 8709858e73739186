import type { PressureTacticLabel } from '../../protocol/index.ts';

/** Where the evidence for a detected tactic came from. */
export type TacticEvidence = string;

/** One tactic found in a text, quoted exactly: `text.slice(start, end) === span`. */
export interface DetectedTactic {
  readonly label: PressureTacticLabel;
  /** The exact substring of the input that carries the tactic. */
  readonly span: string;
  /** UTF-16 offsets in the input (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Calibrated probability that the span really uses this tactic, in [0, 1]. */
  readonly confidence: number;
  /** Pattern ids (`urgency.hurry`), `model`, or hidden-content detectors (`unicode.zero-width`, `markup.html-comment`). */
  readonly evidence: readonly TacticEvidence[];
  /** Extra explanation, e.g. the text smuggled in invisible tag characters. */
  readonly note?: string;
}

/** What the text detector says about one untrusted text. */
export interface TextPressureReport {
  /** Overall pressure in [0, 1]: 0 when nothing was found, rising with the number, severity and confidence of tactics. */
  readonly pressure: number;
  /** Detected tactics in order of appearance. */
  readonly tactics: readonly DetectedTactic[];
}
