/** The result of one check. */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** On a failure, the offending field and what was expected there (shown by `--trace` and in `--json`). */
export interface FailureDetail {
  /** Dotted path of the offending field in the answer, e.g. "charged" or "offers.0.price.amountMinor". */
  readonly path?: string;
  /** The value the protocol expected at that path (e.g. the expected terms hash). */
  readonly expected?: unknown;
  /** The value the brand sent. */
  readonly actual?: unknown;
}

/** What a check concluded, with a one-line reason. */
export interface CheckVerdict {
  readonly status: CheckStatus;
  readonly reason: string;
  /** Set on some failures: where exactly the answer is wrong. */
  readonly detail?: FailureDetail;
}

/** A passing verdict. */
export function pass(reason: string): CheckVerdict {
  return { status: 'pass', reason };
}

/** A failing verdict, optionally naming the offending field and the expected value. */
export function fail(reason: string, detail?: FailureDetail): CheckVerdict {
  return detail === undefined ? { status: 'fail', reason } : { status: 'fail', reason, detail };
}

/** A verdict for a check that does not apply to this brand. */
export function skip(reason: string): CheckVerdict {
  return { status: 'skip', reason };
}
