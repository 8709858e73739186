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

/** Size in bytes of a value serialised as JSON (UTF-8). */
export function jsonByteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}
