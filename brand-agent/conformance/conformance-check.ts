import type { Capability } from '../../protocol/index.ts';
import type { ProbeCall } from './brand-probe.ts';
import type { CheckVerdict } from './check-verdict.ts';
import type { ConformanceContext } from './conformance-context.ts';

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
  /** Every tool call the check made, in order (only in a traced run). */
  readonly trace?: readonly ProbeCall[];
}
