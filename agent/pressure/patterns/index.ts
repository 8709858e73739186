import { AUTHORITY_PATTERNS } from './authority-patterns.ts';
import { CONFIRMSHAMING_PATTERNS } from './confirmshaming-patterns.ts';
import { FEAR_PATTERNS } from './fear-patterns.ts';
import { FLATTERY_PATTERNS } from './flattery-patterns.ts';
import { INJECTION_PATTERNS } from './injection-patterns.ts';
import { MISDIRECTION_PATTERNS } from './misdirection-patterns.ts';
import { SCARCITY_PATTERNS } from './scarcity-patterns.ts';
import { SNEAKING_PATTERNS } from './sneaking-patterns.ts';
import { SOCIAL_PROOF_PATTERNS } from './social-proof-patterns.ts';
import type { TacticPattern } from './tactic-pattern.ts';
import { URGENCY_PATTERNS } from './urgency-patterns.ts';

export type { TacticPattern } from './tactic-pattern.ts';

/** Every hand-written tactic pattern, grouped by tactic in the table's order. */
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
];
