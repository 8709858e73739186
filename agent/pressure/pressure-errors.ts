import { MajordomeError } from '../../protocol/index.ts';

/** Faults of the pressure detector (never expected outcomes: those are reports). */
export const PRESSURE_ERROR_CODES = {
  TRAINING_FILE_INVALID: 'A training or evaluation example file has a malformed line.',
  TRAINING_CORPUS_EMPTY: 'The training corpus has no examples for a tactic or no neutral examples.',
} as const;

/** A pressure detector fault code. */
export type PressureErrorCode = keyof typeof PRESSURE_ERROR_CODES;

/** A local fault raised while loading or training the pressure detector. */
export class PressureDetectorError extends MajordomeError<PressureErrorCode> {
  override readonly name = 'PressureDetectorError';
}
