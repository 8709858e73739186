import { ProtocolError } from '../protocol/index.ts';

/** A handler's abort signal, made on first read: most handlers never look at it, and each signal is an EventTarget. */
export type LazySignal = () => AbortSignal;

/**
 * Runs a handler with an abort signal and a deadline; past it, HANDLER_TIMEOUT (and the signal is aborted). The
 * signal is created only if the handler reads it (or the deadline passes), which changes nothing but allocation.
 */
export async function withTimeout<T>(timeoutMs: number, label: string, run: (signal: LazySignal) => T | Promise<T>): Promise<T> {
  let controller: AbortController | undefined;
  const signal: LazySignal = () => (controller ??= new AbortController()).signal;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      (controller ??= new AbortController()).abort();
      reject(new ProtocolError('HANDLER_TIMEOUT', `${label} did not answer within ${timeoutMs} ms`, { timeoutMs }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => run(signal)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
