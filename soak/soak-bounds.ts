import type { ProcessFigures } from './process-figures.ts';

/** The bounds a long-running process must keep over a soak. */
export interface SoakBounds {
  /** End heap after GC at most this times the heap after the warm-up (first 10 % of requests). */
  readonly heapGrowthRatio: number;
  /** Most abort listeners allowed on any one live signal at the end. */
  readonly maxListenersOnOneSignal: number;
  /** Most abort listeners allowed in the whole process beyond the warm-up count. */
  readonly extraListeners: number;
  /**
   * Open descriptors allowed beyond the warm-up count: pooled keep-alive sockets (to the brands, from the clients)
   * come and go with load peaks; a leak grows with the request count far past this.
   */
  readonly fdSlack: number;
}

/** The bounds: heap within 1.2× of the warm-up value, a handful of listeners per signal. */
export const DEFAULT_SOAK_BOUNDS: SoakBounds = { heapGrowthRatio: 1.2, maxListenersOnOneSignal: 16, extraListeners: 32, fdSlack: 8 };

/** Figures taken at the end of the warm-up and at the end of the run, plus the warning lines the process printed. */
export interface SoakObservation {
  readonly warm: ProcessFigures;
  readonly end: ProcessFigures;
  readonly printedWarnings: readonly string[];
}

/** Every bound the observation breaks, in words (empty when the soak passed). */
export function soakViolations(observation: SoakObservation, bounds: SoakBounds = DEFAULT_SOAK_BOUNDS): string[] {
  const { warm, end } = observation;
  const violations: string[] = [];
  if (!end.gcForced) violations.push('GC could not be forced in the process (run it with --expose-gc), so the heap figure is not comparable');
  const ratio = end.heapAfterGc / warm.heapAfterGc;
  if (ratio > bounds.heapGrowthRatio) {
    violations.push(`heap after GC grew ${ratio.toFixed(3)}× (${mb(warm.heapAfterGc)} → ${mb(end.heapAfterGc)}), over ${bounds.heapGrowthRatio}×`);
  }
  if (end.abortListeners.maxOnOneSignal > bounds.maxListenersOnOneSignal) {
    violations.push(`${end.abortListeners.maxOnOneSignal} abort listeners on one signal, over ${bounds.maxListenersOnOneSignal}`);
  }
  if (end.abortListeners.listeners > warm.abortListeners.listeners + bounds.extraListeners) {
    violations.push(`abort listeners grew from ${warm.abortListeners.listeners} to ${end.abortListeners.listeners}`);
  }
  if (end.openFds > warm.openFds + bounds.fdSlack) violations.push(`open file descriptors grew: ${warm.openFds} → ${end.openFds} (slack ${bounds.fdSlack})`);
  if (end.sqliteConnections !== warm.sqliteConnections || end.sqliteFds !== warm.sqliteFds) {
    violations.push(`SQLite connections/files changed: ${warm.sqliteConnections}/${warm.sqliteFds} → ${end.sqliteConnections}/${end.sqliteFds}`);
  }
  if (end.warnings.length > 0) violations.push(`process warnings: ${end.warnings.slice(0, 3).join(' | ')}`);
  if (observation.printedWarnings.length > 0) violations.push(`printed warnings: ${observation.printedWarnings.slice(0, 3).join(' | ')}`);
  return violations;
}

/** Bytes as MB with one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One line of figures for the report. */
export function describeFigures(label: string, f: ProcessFigures): string {
  const a = f.abortListeners;
  return `${label.padEnd(12)} heap after GC ${mb(f.heapAfterGc).padStart(9)}  rss ${mb(f.rss).padStart(9)}  fds ${String(f.openFds).padStart(3)}  sqlite conns ${f.sqliteConnections} (files ${f.sqliteFds})  abort listeners ${a.listeners} on ${a.signalsWithListeners} signals (max ${a.maxOnOneSignal} on one)  warnings ${f.warnings.length}`;
}
