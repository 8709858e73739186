// Helpers for hand-written hostile connections: whatever they send must still be schema-valid (the butler never sees
// anything else), so their answers go through the tool's own output schema.

/** A successful brand call carrying `value` as the tool's output schema parses it; throws if the test's brand sends an invalid message. */
export function schemaValidAnswer<S extends { safeParse(v: unknown): { success: boolean; data?: unknown } }>(schema: S, value: unknown) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error('the test brand must send schema-valid messages');
  return { ok: true as const, value: parsed.data as never };
}

/** A brand call refused because the brand does not support the tool. */
export const CAPABILITY_REFUSED = { ok: false as const, error: { code: 'CAPABILITY_NOT_SUPPORTED' as const, message: 'no' } };
