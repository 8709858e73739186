import { detectPressureTactics } from '../../agent/pressure/index.ts';
import type { PressureTacticLabel } from '../../protocol/index.ts';

/** The distinct tactic labels the default detector finds in a text, sorted. */
export const labelsOf = (text: string): PressureTacticLabel[] => [...new Set(detectPressureTactics(text).tactics.map((t) => t.label))].sort();
