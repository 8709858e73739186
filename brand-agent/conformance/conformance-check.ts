import type { Capability } from '../../protocol/index.ts';
import type { ConformanceContext } from './conformance-context.ts';

/** The result of one check. */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** What a check concluded, with a one-line reason. */
export interface CheckVerdict {
  readonly status: CheckStatus;
  readonly reason: string;
}

/** One named, independent conformance check. */
export interface ConformanceCheck {
  /** Stable id, e.g. "order.idempotent-replay". */
  readonly id: string;
  readonly title: string;
  /** When set, the check is skipped unless the brand card advertises this capability. */
  readonly capability?: Capability;
  run(ctx: ConformanceContext): Promise<CheckVerdict>;
}

/** A check's verdict as reported, with its identity and duration. */
export interface CheckResult extends CheckVerdict {
  readonly id: string;
  readonly title: string;
  readonly durationMs: number;
}

/** A passing verdict. */
export function pass(reason: string): CheckVerdict {
  return { status: 'pass', reason };
}

/** A failing verdict. */
export function fail(reason: string): CheckVerdict {
  return { status: 'fail', reason };
}

/** A verdict for a check that does not apply to this brand. */
export function skip(reason: string): CheckVerdict {
  return { status: 'skip', reason };
}
