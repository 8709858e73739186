import { readdirSync, readlinkSync } from 'node:fs';
import { z } from 'zod';
import type { AbortListenerCensus } from './abort-listener-census.ts';

/** What a long-running process reports about itself for the soak: memory, descriptors, listeners, warnings. */
export const ProcessFiguresSchema = z.object({
  /** Live JS heap after a full GC (bytes); `gcForced` says whether the GC could actually be forced. */
  heapAfterGc: z.number().int().nonnegative(),
  gcForced: z.boolean(),
  rss: z.number().int().nonnegative(),
  /** Open file descriptors (`/proc/self/fd`), and those on SQLite files (database, -wal, -shm, -journal). */
  openFds: z.number().int().nonnegative(),
  sqliteFds: z.number().int().nonnegative(),
  /** Open descriptors on each SQLite main database file: one per connection. */
  sqliteConnections: z.number().int().nonnegative(),
  abortListeners: z.object({ signalsWithListeners: z.number().int(), listeners: z.number().int(), maxOnOneSignal: z.number().int() }),
  /** Process warnings emitted so far (name: message), e.g. MaxListenersExceededWarning. */
  warnings: z.array(z.string()),
});
export type ProcessFigures = z.infer<typeof ProcessFiguresSchema>;

const SQLITE_FILE = /\.(db|sqlite3?)(-wal|-shm|-journal)?$/;
const SQLITE_MAIN = /\.(db|sqlite3?)$/;

function fdTargets(): string[] {
  const targets: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      targets.push(readlinkSync(`/proc/self/fd/${fd}`));
    } catch {
      // The descriptor used to list the directory is gone by now.
    }
  }
  return targets;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Measures this process (forcing GC first when node runs with --expose-gc). GC runs twice with event-loop turns in
 * between, so FinalizationRegistry callbacks (undici removes its abort listeners in one) run before counting.
 */
export async function measureProcess(census: AbortListenerCensus, warnings: readonly string[]): Promise<ProcessFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < 3; round++) {
    gc?.();
    await nextTurn();
  }
  gc?.();
  const memory = process.memoryUsage();
  const targets = fdTargets();
  return {
    heapAfterGc: memory.heapUsed,
    gcForced: gc !== undefined,
    rss: memory.rss,
    openFds: targets.length,
    sqliteFds: targets.filter((t) => SQLITE_FILE.test(t)).length,
    sqliteConnections: targets.filter((t) => SQLITE_MAIN.test(t)).length,
    abortListeners: census.count(),
    warnings: [...warnings],
  };
}
