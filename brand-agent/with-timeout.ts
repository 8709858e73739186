import { ProtocolError } from '../protocol/index.ts';

/** Runs a handler with an abort signal and a deadline; past it, HANDLER_TIMEOUT (and the signal is aborted). */
export async function withTimeout<T>(timeoutMs: number, label: string, run: (signal: AbortSignal) => T | Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ProtocolError('HANDLER_TIMEOUT', `${label} did not answer within ${timeoutMs} ms`, { timeoutMs }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => run(controller.signal)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
