import { BrandResponseError } from './brand-response-error.ts';
import type { CallScope } from './call-scope.ts';

/** Why a call's `over` signal aborts (one shared reason: an abort without one builds a DOMException and its stack). */
const CALL_OVER = 'the call is over';

/** The error a brand call `what` given `ms` ends with when its time is up. */
export function callTimedOut(what: string, ms: number): BrandResponseError {
  return new BrandResponseError('TIMEOUT', `${what} timed out after ${ms} ms`, { details: { timeoutMs: ms } });
}

/**
 * One budget for one brand call, and the call's scope for an HTTP transport: a signal that aborts with TIMEOUT after
 * `ms`, a signal (`over`) that aborts once the call is over, and (made on first use) a promise that rejects with the
 * signal's reason, for steps that take no signal. `over` is made on first read: only an HTTP transport reads it (to
 * close an event stream the call opened), and an in-process call would otherwise make, abort and dispatch a second
 * signal for nobody. A class, not an object of closures: under tsx's keepNames every closure made per call had its
 * `name` defined at run time, a few µs of each in-process call.
 */
export class CallBudget implements CallScope {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private overController: AbortController | undefined;
  private ended = false;
  private onAbort: (() => void) | undefined;
  private expiry: Promise<never> | undefined;

  constructor(ms: number, what: string) {
    this.timer = setTimeout(() => this.controller.abort(callTimedOut(what, ms)), ms);
  }

  /** Aborts when the budget runs out or the call gives up. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Aborts once the call is over. */
  get over(): AbortSignal {
    if (this.overController === undefined) {
      this.overController = new AbortController();
      if (this.ended) this.overController.abort(CALL_OVER);
    }
    return this.overController.signal;
  }

  /** A promise that rejects with the signal's reason once it aborts. */
  expired(): Promise<never> {
    if (this.expiry === undefined) {
      const signal = this.controller.signal;
      this.expiry = new Promise<never>((_, reject) => {
        this.onAbort = () => reject(signal.reason);
        if (signal.aborted) this.onAbort();
        else signal.addEventListener('abort', this.onAbort, { once: true });
      });
      this.expiry.catch(() => undefined);
    }
    return this.expiry;
  }

  /** Ends the call now with `reason`, unless it has ended already. */
  fail(reason: unknown): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  /** The call is over: the timer stops, `over` aborts. */
  end(): void {
    clearTimeout(this.timer);
    if (this.onAbort) this.controller.signal.removeEventListener('abort', this.onAbort);
    this.ended = true;
    this.overController?.abort(CALL_OVER);
  }
}
