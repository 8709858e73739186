import { ProtocolError } from '../protocol/index.ts';
import { isThenable, type MaybePromise } from './when-ready.ts';

/** A handler's abort signal, made on first read: most handlers never look at it, and each signal is an EventTarget. */
export type LazySignal = () => AbortSignal;

/** One running handler: when it must have answered by, and what to do if it has not. */
interface Pending {
  readonly deadline: number;
  expire: (() => void) | undefined;
}

/**
 * The deadlines of every running handler with the same timeout, in start order (so in deadline order), watched by one
 * timer armed for the oldest: a timer per call (set, cleared, and a promise racing it) cost several µs per brand call,
 * a visible share of a simulated decision. The timer keeps the process alive only while a handler is running.
 */
class DeadlineQueue {
  private pending: Pending[] = [];
  private head = 0;
  private running = 0;
  private timer: NodeJS.Timeout | undefined;

  /** Like setTimeout, a delay that is not a number from 1 to 2^31 - 1 ms counts as 1 ms. */
  private readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs >= 1 && timeoutMs <= 2_147_483_647 ? timeoutMs : 1;
  }

  add(expire: () => void): Pending {
    const entry: Pending = { deadline: performance.now() + this.timeoutMs, expire };
    this.pending.push(entry);
    this.running += 1;
    if (this.timer === undefined) this.arm(this.timeoutMs);
    else if (this.running === 1) this.timer.ref();
    return entry;
  }

  settle(entry: Pending): void {
    if (entry.expire === undefined) return;
    entry.expire = undefined;
    this.running -= 1;
    if (this.running === 0) {
      // Nothing is waiting: drop the settled entries (a fresh array: setting `length` is a runtime call, and sequential
      // brand calls empty the queue at every call), and let the process exit while the timer idles.
      this.pending = [];
      this.head = 0;
      this.timer?.unref();
    }
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.fire(), Math.max(0, delayMs));
    if (this.running === 0) this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    const now = performance.now();
    while (this.head < this.pending.length) {
      const entry = this.pending[this.head] as Pending;
      if (entry.expire !== undefined && entry.deadline > now) break;
      this.head += 1;
      const expire = entry.expire;
      if (expire !== undefined) {
        this.settle(entry);
        expire();
      }
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending.splice(0, this.head);
      this.head = 0;
    }
    const next = this.pending[this.head];
    if (next !== undefined) this.arm(next.deadline - now);
  }
}

const queues = new Map<number, DeadlineQueue>();

/** The deadline queue of this timeout, made on first use. */
function deadlinesOf(timeoutMs: number): DeadlineQueue {
  let queue = queues.get(timeoutMs);
  if (queue === undefined) queues.set(timeoutMs, (queue = new DeadlineQueue(timeoutMs)));
  return queue;
}

/** `started` (begun by `start`, called once the deadline is armed), or HANDLER_TIMEOUT after `abort` once the deadline passes. */
function raceDeadline<T>(timeoutMs: number, label: string, abort: () => void, start: () => PromiseLike<T>): Promise<T> {
  const deadlines = deadlinesOf(timeoutMs);
  return new Promise<T>((resolve, reject) => {
    const entry = deadlines.add(() => {
      abort();
      reject(new ProtocolError('HANDLER_TIMEOUT', `${label} did not answer within ${timeoutMs} ms`, { timeoutMs }));
    });
    start().then(
      (value) => {
        deadlines.settle(entry);
        resolve(value);
      },
      (error: unknown) => {
        deadlines.settle(entry);
        reject(error);
      },
    );
  });
}

/**
 * Runs a handler with an abort signal and a deadline; past it, HANDLER_TIMEOUT (and the signal is aborted). The
 * signal is created only if the handler reads it (or the deadline passes), which changes nothing but allocation.
 */
export function withTimeout<T>(timeoutMs: number, label: string, run: (signal: LazySignal) => T | Promise<T>): Promise<T> {
  let controller: AbortController | undefined;
  return raceDeadline(
    timeoutMs,
    label,
    () => (controller ??= new AbortController()).abort(),
    // The lazy signal is an argument, not a named const: under tsx's keepNames a closure bound to a name gets its
    // `name` defined at run time, which was half of this function's cost per brand call.
    () => Promise.resolve().then(() => run(() => (controller ??= new AbortController()).signal)),
  );
}

/**
 * Runs a handler at once, in the caller's turn, for an in-process caller: a synchronous answer is returned as it is
 * (no promise, no timer: a deadline fires only between turns, so none could pass before a synchronous handler
 * returns), an asynchronous one is raced against the deadline exactly as `withTimeout` races it.
 */
export function answerNow<T>(timeoutMs: number, label: string, run: (signal: LazySignal) => MaybePromise<T>): MaybePromise<T> {
  let controller: AbortController | undefined;
  const answer = run(() => (controller ??= new AbortController()).signal);
  if (!isThenable(answer)) return answer;
  return raceDeadline(timeoutMs, label, () => (controller ??= new AbortController()).abort(), () => answer);
}
