import { MajordomeError } from '../protocol/index.ts';

/** Every fault the simulator reports, with what it means. */
export const SIM_ERROR_CODES = {
  INVALID_SCENARIO: 'The scenario file or an override does not match the scenario schema.',
  SCENARIO_NOT_FOUND: 'The scenario file (or built-in scenario name) does not exist.',
  INVALID_PARAM: 'A --param or --set assignment is malformed or names no scenario field.',
  INVALID_TRUST_EVENT: 'The butler produced a trust event the ledger schema rejects.',
  MARKET_UNSATISFIABLE: 'The scenario cannot be built into a market (e.g. no products in a category).',
  WORKER_FAILED: 'A worker thread failed while simulating its shard.',
} as const;

/** A simulator error code. */
export type SimErrorCode = keyof typeof SIM_ERROR_CODES;

/** A simulator fault with a code from `SIM_ERROR_CODES` (expected outcomes are results, never this). */
export class SimError extends MajordomeError<SimErrorCode> {
  override readonly name = 'SimError';

  constructor(code: SimErrorCode, message: string, details?: Record<string, unknown>, options: { cause?: unknown } = {}) {
    super(code, message, { details, cause: options.cause });
  }
}
