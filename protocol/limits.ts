/** Size limits every implementation enforces; a message past them is refused with PAYLOAD_TOO_LARGE. */
export const PROTOCOL_LIMITS = {
  /** Maximum serialised size of one message, in bytes (UTF-8). */
  maxPayloadBytes: 256 * 1024,
  /** Maximum offers in one answer to a brief. */
  maxOffersPerBrief: 10,
  /** Maximum claims attached to one offer or answer. */
  maxClaims: 32,
  /** Maximum length of free text (pitch, answer text, messages). */
  maxTextLength: 4_000,
  /** Maximum attributes on one product. */
  maxAttributes: 64,
  /** Maximum negotiation rounds a brand must accept before it may refuse. */
  maxCounterRounds: 5,
} as const;

/**
 * The UTF-8 size of `text` when it is over `maxBytes`, undefined when it fits. A UTF-16 unit is at most 3 bytes (a
 * lone surrogate too, as the replacement character), so a text of at most maxBytes / 3 units fits without a count.
 */
export function utf8BytesOver(text: string, maxBytes: number): number | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  const size = Buffer.byteLength(text, 'utf8');
  return size > maxBytes ? size : undefined;
}

/** Size in bytes of a value serialised as JSON (UTF-8). */
export function jsonByteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}
