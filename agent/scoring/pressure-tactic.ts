import type { Quote } from './quote-text.ts';

/** Pressure read from what a brand does rather than what it writes, with how much one confident sign weighs. */
export const BEHAVIOUR_TACTICS = {
  'short-validity': { weight: 0.6, description: 'An offer valid for an absurdly short time' },
  'ignores-constraints': { weight: 0.5, description: 'An offer that ignores the stated hard constraints' },
  upsell: { weight: 0.4, description: 'More than the need, or priced far above comparable offers or the budget' },
  'repitch-after-decline': { weight: 0.5, description: 'Pitching again after being turned down' },
  'evasive-answer': { weight: 0.3, description: '"Unknown" about an attribute of a product it sells' },
  'budget-probe': { weight: 0.5, description: "Asking for the buyer's budget" },
  'identity-probe': { weight: 0.55, description: "Asking for the buyer's identity or personal data" },
} as const;

/** A behavioural tactic label. */
export type BehaviourTacticLabel = keyof typeof BEHAVIOUR_TACTICS;

/** Weight of a text tactic label the detector does not publish a severity for. */
export const DEFAULT_TEXT_TACTIC_WEIGHT = 0.4;

/** One pressure tactic found around an offer, with the quoted brand text it rests on. */
export interface PressureTactic {
  /** A text tactic label from the detector (urgency, scarcity, injection, …) or a behavioural one. */
  readonly label: string;
  readonly source: 'text' | 'behaviour';
  readonly confidence: number;
  /** weight × confidence: how much this tactic alone pushes the pressure score. */
  readonly strength: number;
  /** Plain-language description in the butler's words. */
  readonly detail: string;
  readonly quote?: Quote | undefined;
  /** Figures behind the finding, e.g. `{ validMinutes: 10 }`. */
  readonly data?: Readonly<Record<string, number | string>> | undefined;
}
