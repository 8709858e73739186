import { getEventListeners } from 'node:events';

/** Abort listeners on the live signals of this process at one moment. */
export interface AbortListenerFigures {
  /** Live signals that have at least one abort listener. */
  readonly signalsWithListeners: number;
  /** Abort listeners on all of them. */
  readonly listeners: number;
  /** The most listeners on any one signal (a long-lived signal that gains one per call shows up here). */
  readonly maxOnOneSignal: number;
}

/** Counts abort listeners on every AbortSignal that ever got one (tracked weakly, so signals still die). */
export interface AbortListenerCensus {
  count(): AbortListenerFigures;
}

let installed: AbortListenerCensus | undefined;

/**
 * Installs the census (once per process) by noting, in `EventTarget.prototype.addEventListener`, every AbortSignal
 * given an abort listener; the counts themselves come from `getEventListeners`, so removals (including undici's
 * GC-time ones and `once` listeners that fired) are always reflected. Diagnostics only: never installed by default.
 */
export function installAbortListenerCensus(): AbortListenerCensus {
  if (installed) return installed;
  const seen = new Set<WeakRef<AbortSignal>>();
  const known = new WeakSet<AbortSignal>();
  const prune = () => {
    for (const ref of seen) {
      const signal = ref.deref();
      if (!signal || getEventListeners(signal, 'abort').length === 0) {
        seen.delete(ref);
        if (signal) known.delete(signal);
      }
    }
  };
  let addsSincePrune = 0;
  const original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function addEventListener(this: EventTarget, type: string, ...rest: unknown[]) {
    if (type === 'abort' && this instanceof AbortSignal && !known.has(this)) {
      known.add(this);
      seen.add(new WeakRef(this));
      if (++addsSincePrune >= 10_000) {
        addsSincePrune = 0;
        prune();
      }
    }
    return Reflect.apply(original, this, [type, ...rest]) as void;
  } as typeof EventTarget.prototype.addEventListener;
  installed = {
    count() {
      prune();
      let listeners = 0;
      let maxOnOneSignal = 0;
      for (const ref of seen) {
        const signal = ref.deref();
        if (!signal) continue;
        const n = getEventListeners(signal, 'abort').length;
        listeners += n;
        maxOnOneSignal = Math.max(maxOnOneSignal, n);
      }
      return { signalsWithListeners: seen.size, listeners, maxOnOneSignal };
    },
  };
  return installed;
}
