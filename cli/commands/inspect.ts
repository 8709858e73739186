import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getDefaultPressureDetector, type PressureDetector } from '../../agent/pressure/index.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { terminalSafeJson } from '../terminal-safe-json.ts';

/** One input line: extra fields are allowed (and an `id` is echoed back so callers can join results). */
const InspectInputSchema = z.object({
  text: z.string(),
  id: z.union([z.string(), z.number()]).optional(),
});

const USAGE = 'majordome inspect [--min-confidence <0..1>] < texts.jsonl';

/** Resolves when a stream can take more data, or when it closed or failed (then the run stops quietly). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Parses `inspect`'s options; throws CliUsageError on anything unexpected. */
function parseInspectArgs(args: readonly string[]): { minConfidence: number | undefined } {
  let values: { 'min-confidence'?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options: { 'min-confidence': { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const raw = values['min-confidence'];
  if (raw === undefined) return { minConfidence: undefined };
  const minConfidence = Number(raw);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new CliUsageError(`--min-confidence must be a number between 0 and 1, got "${raw}"`);
  }
  return { minConfidence };
}

/** Turns one input line into one output JSON line (never throws: bad input becomes an `error` line). */
export function inspectLine(line: string, lineNumber: number, detector: PressureDetector): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return terminalSafeJson({ line: lineNumber, error: `invalid JSON: ${reason}` });
  }
  const input = InspectInputSchema.safeParse(parsed);
  if (!input.success) {
    return terminalSafeJson({ line: lineNumber, error: 'expected an object like {"text": "..."} with a string "text"' });
  }
  const report = detector(input.data.text);
  return terminalSafeJson({
    text: input.data.text,
    pressure: report.pressure,
    tactics: report.tactics.map((t) => ({
      label: t.label,
      span: t.span,
      start: t.start,
      end: t.end,
      confidence: t.confidence,
      evidence: t.evidence,
      ...(t.note !== undefined ? { note: t.note } : {}),
    })),
    ...(input.data.id !== undefined ? { id: input.data.id } : {}),
  });
}

/**
 * Streams JSON lines `{"text": ...}` from stdin to JSON lines `{"text", "pressure", "tactics"}` on stdout, one per
 * non-blank input line, in order; malformed lines yield `{"line", "error"}` and processing continues.
 */
export async function runInspect(args: readonly string[], io: CliIo, detector?: PressureDetector): Promise<number> {
  const { minConfidence } = parseInspectArgs(args);
  const active = detector ?? getDefaultPressureDetector(minConfidence === undefined ? undefined : { minConfidence });
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let outputClosed = false;
  // A closed pipe (e.g. `| head`) ends the run quietly instead of crashing on EPIPE.
  const onOutputError = (): void => {
    outputClosed = true;
    lines.close();
  };
  io.stdout.on('error', onOutputError);
  let lineNumber = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = lineNumber === 1 ? raw.replace(/^\ufeff/, '') : raw;
      if (line.trim().length === 0) continue;
      if (outputClosed) break;
      if (!io.stdout.write(`${inspectLine(line, lineNumber, active)}\n`)) await drained(io.stdout);
    }
  } finally {
    io.stdout.off('error', onOutputError);
  }
  return 0;
}

/** `majordome inspect`: the text pressure detector over JSON lines. */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'Detect pressure tactics (urgency, scarcity, injection, ...) in JSON lines {"text": ...} read from stdin.',
  usage: USAGE,
  run: (args, io) => runInspect(args, io),
};
