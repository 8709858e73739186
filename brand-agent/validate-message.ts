import type { z } from 'zod';
import { PROTOCOL_VERSION, ProtocolError, compiledSchema, isCompatibleVersion, jsonBytesOver, utf8BytesOver } from '../protocol/index.ts';

/** Summarises zod issues as "path: message" lines, bounded so an error never becomes a payload bomb. */
export function describeIssues(error: z.ZodError, max = 8): Array<{ path: string; message: string }> {
  return error.issues.slice(0, max).map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/** "at <path> (<message>)" for the first issue, so a one-line error names the offending field. */
function firstIssue(error: z.ZodError): string {
  const [issue] = describeIssues(error, 1);
  return issue ? ` at ${issue.path} (${issue.message})` : '';
}

/** Checks size, protocol version and schema of an incoming message; throws a fault ProtocolError when invalid. */
export function validateIncoming<S extends z.ZodType>(schema: S, raw: unknown, maxBytes: number, toolName: string): z.infer<S> {
  // Its JSON size (jsonByteLength), serialised and counted only when a bound of it is over the limit.
  const size = jsonBytesOver(raw, maxBytes);
  if (size !== undefined) {
    throw new ProtocolError('PAYLOAD_TOO_LARGE', `${toolName}: message is ${size} bytes, the limit is ${maxBytes}`, { size, limit: maxBytes });
  }
  const version = (raw as { protocolVersion?: unknown } | null)?.protocolVersion;
  if (typeof version === 'string' && !isCompatibleVersion(version)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `${toolName}: protocol version ${version} is not supported (this agent speaks ${PROTOCOL_VERSION})`, {
      supported: [PROTOCOL_VERSION],
      received: version,
    });
  }
  const parsed = compiledSchema(schema).safeParse(raw);
  if (!parsed.success) {
    throw new ProtocolError('INVALID_PAYLOAD', `${toolName}: the message does not match the protocol schema${firstIssue(parsed.error)}`, {
      issues: describeIssues(parsed.error),
    });
  }
  return parsed.data;
}

/**
 * Checks a handler's answer against the schema and size limit; a violation is INVALID_OUTPUT (a brand bug). Returns
 * the parsed answer and the JSON text its size was measured on, which a transport may send instead of serialising
 * the answer again.
 */
export function validateOutgoing<S extends z.ZodType>(schema: S, value: unknown, maxBytes: number, toolName: string): { value: z.infer<S>; json: string } {
  const parsed = compiledSchema(schema).safeParse(value);
  if (!parsed.success) {
    throw new ProtocolError('INVALID_OUTPUT', `${toolName}: the brand handler produced an invalid message${firstIssue(parsed.error)}`, {
      issues: describeIssues(parsed.error),
    });
  }
  // jsonByteLength, keeping the text it measures (counted in bytes only when long enough to be over the limit).
  const json = JSON.stringify(parsed.data) ?? '';
  const size = utf8BytesOver(json, maxBytes);
  if (size !== undefined) {
    throw new ProtocolError('INVALID_OUTPUT', `${toolName}: the answer is ${size} bytes, the limit is ${maxBytes}`, { size, limit: maxBytes });
  }
  return { value: parsed.data, json };
}
