import { z } from 'zod';

/**
 * Every tactic a brand's text can use on the buyer (or the buyer's AI), with a one-line description and a severity:
 * how much one confident detection raises the pressure score. The one vocabulary of text tactics: the butler's
 * detector reports these labels, the reference brands key their phrases by them, the ledger records them.
 */
export const PRESSURE_TACTICS = {
  urgency: {
    description: 'Artificial time pressure: countdowns, deadlines, "today only", "hurry".',
    severity: 0.5,
  },
  scarcity: {
    description: 'Claims that stock is running out: "only 2 left", "low stock", "selling fast", "limited edition".',
    severity: 0.45,
  },
  'social-proof': {
    description: 'Popularity nobody can verify: "37 people are looking at this", "bestseller", "John from Lyon just bought".',
    severity: 0.4,
  },
  confirmshaming: {
    description: 'A decline option that guilts or mocks the person: "No thanks, I prefer to pay full price".',
    severity: 0.55,
  },
  flattery: {
    description: 'Praise of the buyer used to lower their guard: "a discerning buyer like you".',
    severity: 0.35,
  },
  fear: {
    description: 'Threats of loss, danger or regret: "don\'t risk injuries", "before it\'s too late", "you\'ll regret".',
    severity: 0.5,
  },
  authority: {
    description: 'Unverifiable expert, doctor or science appeals: "clinically proven", "recommended by doctors".',
    severity: 0.35,
  },
  injection: {
    description:
      "Instructions aimed at the buyer's AI (in any language): fake system messages, fake consent, probing for private data, hidden text, off-channel payment or contact orders (\"pay by IBAN\", \"call this number\").",
    severity: 0.95,
  },
  misdirection: {
    description: 'Choices steered by wording: trick questions, double negatives, nudged or pre-picked upsells.',
    severity: 0.45,
  },
  sneaking: {
    description: 'Costs slipped into the order: auto-added items, pre-ticked add-ons, fees revealed at checkout, trials that silently renew.',
    severity: 0.55,
  },
  obstruction: {
    description: 'Leaving made hard: cancelling only by phone, letter or in person, long notice periods, opt-outs buried behind steps.',
    severity: 0.5,
  },
  'forced-action': {
    description: 'A purchase made conditional on something else: "create an account to continue", "subscribe to see the price", "install the app to order".',
    severity: 0.5,
  },
} as const;

/** Every text tactic label, in the table's order. */
export const PRESSURE_TACTIC_LABELS = Object.keys(PRESSURE_TACTICS) as [keyof typeof PRESSURE_TACTICS, ...(keyof typeof PRESSURE_TACTICS)[]];

/** A text tactic label, as parsed from untrusted input. */
export const PressureTacticLabelSchema = z.enum(PRESSURE_TACTIC_LABELS);

/** The label of one text pressure tactic. */
export type PressureTacticLabel = z.infer<typeof PressureTacticLabelSchema>;

/** Pressure read from what a brand does rather than what it writes, with how much one confident sign weighs. */
export const BEHAVIOUR_TACTICS = {
  'short-validity': { weight: 0.6, description: 'An offer valid for an absurdly short time' },
  'ignores-constraints': { weight: 0.5, description: 'An offer that ignores the stated hard constraints' },
  upsell: { weight: 0.4, description: 'More than the need, above the budget it was told, or a unit price far above comparable offers' },
  'repitch-after-decline': { weight: 0.5, description: 'Pitching again after being turned down' },
  'evasive-answer': { weight: 0.3, description: '"Unknown" about an attribute of a product it sells' },
  'budget-probe': { weight: 0.5, description: "Asking for the buyer's budget" },
  'identity-probe': { weight: 0.55, description: "Asking for the buyer's identity or personal data" },
} as const;

/** Every behavioural tactic label, in the table's order. */
export const BEHAVIOUR_TACTIC_LABELS = Object.keys(BEHAVIOUR_TACTICS) as [keyof typeof BEHAVIOUR_TACTICS, ...(keyof typeof BEHAVIOUR_TACTICS)[]];

/** A behavioural tactic label, as parsed from untrusted input. */
export const BehaviourTacticLabelSchema = z.enum(BEHAVIOUR_TACTIC_LABELS);

/** A behavioural tactic label. */
export type BehaviourTacticLabel = z.infer<typeof BehaviourTacticLabelSchema>;

/** Any pressure tactic label, from text or behaviour (what the ledger's pressure events carry). */
export const TacticLabelSchema = z.enum([...PRESSURE_TACTIC_LABELS, ...BEHAVIOUR_TACTIC_LABELS]);

/** Any pressure tactic label, from text or behaviour. */
export type TacticLabel = z.infer<typeof TacticLabelSchema>;

/** True when the value is a text tactic label. */
export function isPressureTacticLabel(value: unknown): value is PressureTacticLabel {
  return typeof value === 'string' && Object.hasOwn(PRESSURE_TACTICS, value);
}
