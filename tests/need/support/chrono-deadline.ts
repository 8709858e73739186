import * as chrono from 'chrono-node';

const DAY_MS = 86_400_000;
const BEFORE = /\b(before|avant)\b/i;

/**
 * A deadline read with chrono-node (English, then French), with the built-in engine's conventions so the two can be
 * compared on the same cases: "before X" is the start of day X, a day without a time is the end of that day (UTC),
 * a duration ("within 24 hours") is that instant. Undefined when chrono finds no date.
 */
export function chronoDeadline(text: string, now: Date): string | undefined {
  const reference = { instant: now, timezone: 'UTC' };
  const results = [...chrono.en.parse(text, reference, { forwardDate: true }), ...chrono.fr.parse(text, reference, { forwardDate: true })];
  if (results.length === 0) return undefined;
  // Several dates: the earliest one binds ("by friday or by tomorrow").
  const dated = results.map((r) => ({ r, at: r.start.date() })).sort((a, b) => a.at.getTime() - b.at.getTime());
  const { r, at } = dated[0]!;
  const hasTime = r.start.isCertain('hour');
  if (hasTime) return at.toISOString();
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (BEFORE.test(text.slice(0, r.index))) return new Date(day).toISOString();
  return new Date(day + DAY_MS - 1).toISOString();
}
