import { describe, expect, it } from 'vitest';
import { parseDiagnosticsLine, DIAGNOSTICS_LINE_PREFIX } from '../../soak/diagnostics-line.ts';
import type { ProcessFigures } from '../../soak/process-figures.ts';
import { DEFAULT_SOAK_BOUNDS, soakViolations } from '../../soak/soak-bounds.ts';

const warm: ProcessFigures = {
  heapAfterGc: 40_000_000,
  gcForced: true,
  rss: 200_000_000,
  openFds: 40,
  sqliteFds: 3,
  sqliteConnections: 1,
  abortListeners: { signalsWithListeners: 10, listeners: 10, maxOnOneSignal: 1 },
  warnings: [],
};

describe('soak bounds', () => {
  it('a flat run passes', () => {
    const end = { ...warm, heapAfterGc: 45_000_000, openFds: 44 };
    expect(soakViolations({ warm, end, printedWarnings: [] })).toEqual([]);
  });

  it('each kind of growth is reported', () => {
    const end: ProcessFigures = {
      ...warm,
      heapAfterGc: 49_000_000,
      openFds: 40 + DEFAULT_SOAK_BOUNDS.fdSlack + 1,
      sqliteConnections: 2,
      abortListeners: { signalsWithListeners: 11, listeners: 2_200, maxOnOneSignal: 2_161 },
      warnings: ['MaxListenersExceededWarning: Possible EventTarget memory leak detected. 2161 abort listeners added to [AbortSignal]'],
    };
    const violations = soakViolations({ warm, end, printedWarnings: ['(node:1) MaxListenersExceededWarning: …'] });
    expect(violations).toHaveLength(7);
    expect(violations.join('\n')).toMatch(/heap after GC grew 1\.225×/);
    expect(violations.join('\n')).toMatch(/2161 abort listeners on one signal/);
  });

  it('figures taken without a forced GC are not trusted', () => {
    expect(soakViolations({ warm, end: { ...warm, gcForced: false }, printedWarnings: [] })).toHaveLength(1);
  });

  it('diagnostics lines are parsed, anything else is ignored', () => {
    expect(parseDiagnosticsLine(`${DIAGNOSTICS_LINE_PREFIX}${JSON.stringify(warm)}`)).toEqual(warm);
    expect(parseDiagnosticsLine(`${DIAGNOSTICS_LINE_PREFIX}{"heapAfterGc":"a lot"}`)).toBeUndefined();
    expect(parseDiagnosticsLine('[trailco] received SIGTERM')).toBeUndefined();
  });
});
