/** A value now, or a promise of it: what a brand's handler may answer (the reference brands answer now when their catalog does). */
export type MaybePromise<T> = T | Promise<T>;

/** Whether `value` is a promise or any other thenable (what `await` would wait for). */
export function isThenable<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * `next(value)` once `value` is ready: at once when it already is (no promise, no microtask), else after it settles.
 * A handler written with it answers synchronously whenever its inputs are synchronous, and still accepts async ones.
 */
export function whenReady<T, R>(value: MaybePromise<T>, next: (ready: T) => MaybePromise<R>): MaybePromise<R> {
  return isThenable(value) ? value.then(next) : next(value);
}
