import { MajordomeError } from '../protocol/index.ts';

/** Every fault the simulator reports, with what it means. */
export const SIM_ERROR_CODES = {
  INVALID_SCENARIO: 'The scenario file or an override does not match the scenario schema.',
  SCENARIO_NOT_FOUND: 'The scenario file (or built-in scenario name) does not exist.',
  INVALID_PARAM: 'A --param or --set assignment is malformed or names no scenario field.',
  INVALID_TRUST_EVENT: 'The butler produced a trust event the ledger schema rejects.',
  MARKET_UNSATISFIABLE: 'The scenario cannot be built into a market (e.g. no products in a category).',
  WORKER_FAILED: 'A worker thread failed while simulating its shard.',
  QUEUE_URL_INVALID: 'The --queue URL is not redis:// or rediss:// with a host, an optional port and database number.',
  QUEUE_UNREACHABLE: 'Redis could not be reached, or was lost for longer than the allowed outage, during a queued study.',
  SHARD_FAILED: 'A shard failed on a queue worker; the study stops once, with that shard\'s error.',
  SHARD_REFUSED: 'A queue worker refused a shard whose code version or scenario hash does not match its own.',
  SHARD_LOST: 'A shard job vanished from the queue (e.g. Redis restarted without persistence) and could not be resumed.',
  QUEUE_RESULT_INVALID: 'A shard result read from the queue does not answer the shard it was asked for (study, hash or shape).',
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
