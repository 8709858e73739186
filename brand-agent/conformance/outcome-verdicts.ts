import type { z } from 'zod';
import { ToolErrorSchema, type ProtocolErrorCode } from '../../protocol/index.ts';
import { describeOutcome, type ProbeOutcome } from './brand-probe.ts';
import { fail, pass, type CheckVerdict } from './check-verdict.ts';

/** A successful answer parsed with its protocol schema, or why it is not one. */
export type ParsedAnswer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Summarises zod issues on one line. */
export function issuesLine(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Reads a successful tool result as a protocol message of `schema`. */
export function parseAnswer<S extends z.ZodType>(outcome: ProbeOutcome, schema: S, what: string): ParsedAnswer<z.infer<S>> {
  if (outcome.kind !== 'result' || outcome.isError) return { ok: false, reason: `${what}: expected an answer, got ${describeOutcome(outcome)}` };
  if (outcome.structured === undefined) return { ok: false, reason: `${what}: the result has no structuredContent` };
  const parsed = schema.safeParse(outcome.structured);
  if (!parsed.success) return { ok: false, reason: `${what}: invalid message (${issuesLine(parsed.error)})` };
  return { ok: true, value: parsed.data };
}

/** The protocol code of a typed error outcome (fault or business), if it is one. */
export function protocolCodeOf(outcome: ProbeOutcome): string | undefined {
  if (outcome.kind === 'fault') return outcome.dataCode;
  if (outcome.kind === 'result' && outcome.isError) {
    const parsed = ToolErrorSchema.safeParse(outcome.structured);
    return parsed.success ? parsed.data.error.code : undefined;
  }
  return undefined;
}

/** Passes when the outcome is a JSON-RPC error carrying `data.code === code` (protocol faults never hide in results). */
export function expectFault(outcome: ProbeOutcome, code: ProtocolErrorCode, what: string): CheckVerdict {
  if (outcome.kind === 'fault' && outcome.dataCode === code) return pass(`${what}: JSON-RPC error ${outcome.jsonRpcCode} with data.code ${code}`);
  if (outcome.kind === 'result' && outcome.isError && protocolCodeOf(outcome) === code) {
    return fail(`${what}: ${code} came back as a business error (isError result); the protocol requires a JSON-RPC error`);
  }
  return fail(`${what}: expected JSON-RPC error ${code}, got ${describeOutcome(outcome)}`);
}

/** Passes when the outcome is an `isError` tool result whose structuredContent.error.code is `code`. */
export function expectBusinessError(outcome: ProbeOutcome, code: ProtocolErrorCode, what: string): CheckVerdict {
  if (outcome.kind === 'result' && outcome.isError) {
    if (outcome.structured === undefined) return fail(`${what}: expected ${code}, got an isError result without structuredContent.error`);
    const parsed = ToolErrorSchema.safeParse(outcome.structured);
    if (!parsed.success) return fail(`${what}: isError result without a valid structured error (${issuesLine(parsed.error)})`);
    if (parsed.data.error.code === code) return pass(`${what}: business error ${code}`);
    return fail(`${what}: expected business error ${code}, got ${parsed.data.error.code}`);
  }
  if (outcome.kind === 'fault' && outcome.dataCode === code) {
    return fail(`${what}: ${code} came back as a JSON-RPC error; the protocol requires an isError result`);
  }
  return fail(`${what}: expected business error ${code}, got ${describeOutcome(outcome)}`);
}
