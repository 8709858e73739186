import { AUTHORITY_PATTERNS } from './authority-patterns.ts';
import { CHOICE_STRUCTURE_PATTERNS } from './choice-structure-patterns.ts';
import { GOING_WITHOUT_FEAR_PATTERNS, GOING_WITHOUT_FEAR_PATTERNS_ML, READER_PRAISE_PATTERNS, READER_PRAISE_PATTERNS_ML } from './reader-appeal-structure-patterns.ts';
import { CONFIRMSHAMING_PATTERNS } from './confirmshaming-patterns.ts';
import { FEAR_PATTERNS } from './fear-patterns.ts';
import { FLATTERY_PATTERNS } from './flattery-patterns.ts';
import { FURTHER_LANGUAGE_PRESSURE_PATTERNS } from './further-language-pressure-patterns.ts';
import { INJECTION_PATTERNS } from './injection-patterns.ts';
import { FORCED_ACTION_PATTERNS } from './forced-action-patterns.ts';
import { MISDIRECTION_PATTERNS } from './misdirection-patterns.ts';
import { FURTHER_SCRIPT_INJECTION_PATTERNS, MULTILINGUAL_INJECTION_PATTERNS, OFF_CHANNEL_PAYMENT_PATTERNS } from './multilingual-injection-patterns.ts';
import { MULTILINGUAL_PRESSURE_PATTERNS } from './multilingual-pressure-patterns.ts';
import { OBSTRUCTION_PATTERNS } from './obstruction-patterns.ts';
import { PURCHASE_STEP_DEMAND_PATTERNS } from './purchase-step-demand-patterns.ts';
import { SCARCITY_PATTERNS } from './scarcity-patterns.ts';
import { SNEAKING_PATTERNS } from './sneaking-patterns.ts';
import { SOCIAL_PROOF_PATTERNS } from './social-proof-patterns.ts';
import type { TacticPattern } from './tactic-pattern.ts';
import { URGENCY_PATTERNS } from './urgency-patterns.ts';

export type { TacticPattern } from './tactic-pattern.ts';

/** Every hand-written tactic pattern (English first, then the non-English cues); `matchPatterns` groups them by tactic. */
export const TACTIC_PATTERNS: readonly TacticPattern[] = [
  ...URGENCY_PATTERNS,
  ...SCARCITY_PATTERNS,
  ...SOCIAL_PROOF_PATTERNS,
  ...CONFIRMSHAMING_PATTERNS,
  ...FLATTERY_PATTERNS,
  ...FEAR_PATTERNS,
  ...AUTHORITY_PATTERNS,
  ...INJECTION_PATTERNS,
  ...MISDIRECTION_PATTERNS,
  ...SNEAKING_PATTERNS,
  ...OBSTRUCTION_PATTERNS,
  ...FORCED_ACTION_PATTERNS,
  ...PURCHASE_STEP_DEMAND_PATTERNS,
  ...OFF_CHANNEL_PAYMENT_PATTERNS,
  ...MULTILINGUAL_INJECTION_PATTERNS,
  ...FURTHER_SCRIPT_INJECTION_PATTERNS,
  ...MULTILINGUAL_PRESSURE_PATTERNS,
  ...FURTHER_LANGUAGE_PRESSURE_PATTERNS,
  ...CHOICE_STRUCTURE_PATTERNS,
  ...READER_PRAISE_PATTERNS,
  ...GOING_WITHOUT_FEAR_PATTERNS,
  ...READER_PRAISE_PATTERNS_ML,
  ...GOING_WITHOUT_FEAR_PATTERNS_ML,
];
