import { ProcessFiguresSchema, type ProcessFigures } from './process-figures.ts';

/** The prefix of the stderr line carrying a process's figures. */
export const DIAGNOSTICS_LINE_PREFIX = 'MAJORDOME_DIAGNOSTICS ';

/** Reads figures out of a diagnostics line (undefined for any other line or a malformed one). */
export function parseDiagnosticsLine(line: string): ProcessFigures | undefined {
  if (!line.startsWith(DIAGNOSTICS_LINE_PREFIX)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(DIAGNOSTICS_LINE_PREFIX.length));
  } catch {
    return undefined;
  }
  const parsed = ProcessFiguresSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
