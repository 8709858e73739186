/**
 * Every text pressure tactic the detector can report, with a one-line description and a severity
 * (how much one confident detection raises the overall pressure score).
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
    description: "Instructions aimed at the buyer's AI: fake system messages, fake consent, probing for private data, hidden text.",
    severity: 0.95,
  },
  misdirection: {
    description: 'Choices steered by wording: trick questions, double negatives, nudged or pre-picked upsells.',
    severity: 0.45,
  },
  sneaking: {
    description: 'Costs slipped into the order: auto-added items, hidden fees, trials that silently renew.',
    severity: 0.55,
  },
} as const;

/** The label of one text pressure tactic. */
export type PressureTacticLabel = keyof typeof PRESSURE_TACTICS;

/** Every tactic label, in the table's order. */
export const PRESSURE_TACTIC_LABELS = Object.keys(PRESSURE_TACTICS) as [PressureTacticLabel, ...PressureTacticLabel[]];

/** True when the value is a known tactic label. */
export function isPressureTacticLabel(value: unknown): value is PressureTacticLabel {
  return typeof value === 'string' && Object.hasOwn(PRESSURE_TACTICS, value);
}
