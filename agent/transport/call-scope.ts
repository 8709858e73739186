import { AsyncLocalStorage } from 'node:async_hooks';

/** The brand call on whose behalf a fetch is made: its budget, and a way to end it early with a typed reason. */
export interface CallScope {
  /** Aborts when the call's budget runs out or the call gives up. */
  readonly signal: AbortSignal;
  /** Ends the call now with `reason` (e.g. an answer past the size limit read off an event stream the SDK does not await). */
  fail(reason: unknown): void;
  /**
   * Aborts once the call is over (answered, failed or given up): an event stream its POST opened has served its one
   * request, so whatever the brand still holds open on it is closed (absent: closed only by `signal` or the transport).
   */
  readonly over?: AbortSignal | undefined;
}

// The MCP SDK gives every fetch the transport's lifetime signal, so without this the fetch cannot know its call.
const scope = new AsyncLocalStorage<CallScope>();

/** Runs `work` so that every fetch it causes is bounded by the call's scope. */
export function runInCallScope<T>(call: CallScope, work: () => Promise<T>): Promise<T> {
  return scope.run(call, work);
}

/** The brand call that caused the current fetch, if any. */
export function currentCallScope(): CallScope | undefined {
  return scope.getStore();
}
