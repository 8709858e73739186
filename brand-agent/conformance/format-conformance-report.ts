import type { ConformanceReport } from './run-conformance.ts';

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'skip' } as const;

/** Shortens text to `max` characters with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Renders a report as a readable pass/fail table (id, result, title, reason) with a summary line. */
export function formatConformanceReport(report: ConformanceReport, options: { width?: number } = {}): string {
  const width = Math.max(options.width ?? 120, 80);
  const heading = report.brandId ? `${report.brandId} (${report.brandName ?? '?'}) — ${report.target}` : report.target;
  const lines = [`Conformance: ${heading}`];
  if (!report.reachable) lines.push(`  cannot reach the brand: ${report.connectError ?? 'unknown error'}`);
  const idWidth = Math.max(5, ...report.results.map((r) => r.id.length));
  lines.push(`  ${'CHECK'.padEnd(idWidth)}  RESULT  TITLE`);
  for (const r of report.results) {
    lines.push(`  ${r.id.padEnd(idWidth)}  ${MARK[r.status].padEnd(6)}  ${clip(r.title, width - idWidth - 12)}`);
    lines.push(`  ${' '.repeat(idWidth)}          ${clip(r.reason, width - idWidth - 12)}`);
  }
  lines.push(
    `  ${report.ok ? 'OK' : 'NOT CONFORMANT'}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped of ${report.results.length} checks in ${report.durationMs} ms`,
  );
  return `${lines.join('\n')}\n`;
}
