/** A minute, in ms. */
const MINUTE_MS = 60_000;

/**
 * An instant floored to its minute, as an ISO 8601 UTC timestamp: how the butler states its clock to brands (a brief's
 * issuedAt and deliverBy, a mandate's issuedAt). To the millisecond, every brand asked in one request read the same
 * instant (brands comparing briefs paired one person's, whatever their buyer ids), and the stated instant minus its
 * arrival is the install's clock error, a fingerprint read again on every message. A brand answers from its own clock
 * and needs the minute at most; floored, a deadline is never later than the person's.
 * @example toMinuteTimestamp(new Date('2026-11-23T10:17:43.217Z')) // '2026-11-23T10:17:00.000Z'
 */
export function toMinuteTimestamp(instant: Date | string | number): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();
  return new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS).toISOString();
}
