import { withoutHiddenCharacters } from '../../protocol/index.ts';
import type { ProbeCall, ProbeOutcome } from './brand-probe.ts';
import type { CheckResult } from './conformance-check.ts';
import type { ConformanceReport } from './run-conformance.ts';

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'skip' } as const;

/** How much of one traced message is printed; the rest is elided so a payload bomb cannot flood the terminal. */
const TRACE_CHARS = 4_000;

/**
 * One report line as a terminal may show it: the brand under test wrote parts of it (its card's name, its error
 * messages, the answers traced), so escape sequences, controls, bidi and invisible characters go and line breaks become
 * spaces; nothing it wrote can repaint the screen or add a line such as a forged PASS.
 */
function terminalLine(line: string): string {
  return withoutHiddenCharacters(line).replace(/\r\n|[\r\n\t\u2028\u2029\u0085]/g, ' ');
}

/** Shortens text to `max` characters with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** JSON on one line (control characters escaped by JSON.stringify), clipped. */
function json(value: unknown): string {
  return clip(JSON.stringify(value) ?? 'undefined', TRACE_CHARS);
}

function answerLine(outcome: ProbeOutcome): string {
  switch (outcome.kind) {
    case 'result':
      return `${outcome.isError ? 'isError result' : 'result'} ${json(outcome.structured ?? outcome.text ?? null)}`;
    case 'fault':
      return `JSON-RPC error ${outcome.jsonRpcCode} ${json({ code: outcome.dataCode, message: outcome.message, details: outcome.details })}`;
    case 'broken':
      return `no usable answer: ${outcome.message}`;
  }
}

function traceLines(calls: readonly ProbeCall[], indent: string): string[] {
  return calls.flatMap((call) => [`${indent}→ ${call.tool} ${json(call.args)}`, `${indent}← ${answerLine(call.outcome)}`]);
}

function detailLine(result: CheckResult, indent: string): string[] {
  const detail = result.detail;
  if (result.status !== 'fail' || !detail || detail.path === undefined) return [];
  const got = detail.actual === undefined ? '' : `, got ${json(detail.actual)}`;
  return [`${indent}at ${detail.path}: expected ${json(detail.expected)}${got}`];
}

/**
 * Renders a report as a readable pass/fail table (id, result, title, reason) with a summary line, each line terminal-safe. A failure that
 * names a field adds "at <path>: expected …, got …"; with `trace`, every request sent and answer received follows
 * its check.
 */
export function formatConformanceReport(report: ConformanceReport, options: { width?: number; trace?: boolean } = {}): string {
  const width = Math.max(options.width ?? 120, 80);
  const heading = report.brandId ? `${report.brandId} (${report.brandName ?? '?'}) — ${report.target}` : report.target;
  const lines = [`Conformance: ${heading}`];
  if (!report.reachable) lines.push(`  cannot reach the brand: ${report.connectError ?? 'unknown error'}`);
  const idWidth = Math.max(5, ...report.results.map((r) => r.id.length));
  const indent = `  ${' '.repeat(idWidth)}          `;
  lines.push(`  ${'CHECK'.padEnd(idWidth)}  RESULT  TITLE`);
  for (const r of report.results) {
    lines.push(`  ${r.id.padEnd(idWidth)}  ${MARK[r.status].padEnd(6)}  ${clip(r.title, width - idWidth - 12)}`);
    lines.push(`${indent}${options.trace ? r.reason : clip(r.reason, width - idWidth - 12)}`);
    lines.push(...detailLine(r, indent));
    if (options.trace && r.trace) lines.push(...traceLines(r.trace, indent));
  }
  lines.push(
    `  ${report.ok ? 'OK' : 'NOT CONFORMANT'}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped of ${report.results.length} checks in ${report.durationMs} ms`,
  );
  return `${lines.map(terminalLine).join('\n')}\n`;
}
