/** The order a file writes the day and the month of its numeric dates in ("14/03/2024" day first, "3/14/24" month first). */
export type DateOrder = 'day-first' | 'month-first';

/** "2024-03-14", "2024-03-14 09:12:00", "2024-03-14T09:12:00+01:00": ISO 8601, read exactly. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** "3/14/24", "14/03/2024", "14.03.2024", "3/14/24, 9:12 AM": two numbers whose order the shop's locale decides, then the year. */
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Milliseconds since the epoch of a calendar date and time (UTC unless an offset is given), or undefined when no such day exists. */
function instant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, offsetMinutes = 0): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
}

function offsetOf(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  // "+01:00", "+0100" or "+01".
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0');
  return digits.startsWith('-') ? -minutes : minutes;
}

/** The order a numeric date shows beyond doubt: a first number above 12 is a day, a second one above 12 too. */
function orderShownBy(raw: string): DateOrder | undefined {
  const m = NUMERIC.exec(raw.trim());
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2])];
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * The order a file's numeric dates are written in, from those that show it ("14/03/2024", "3/14/24"); undefined when
 * none shows it or they disagree. It settles "03/04/2024": 3 April in a file that writes "14/03/2024", 4 March in one
 * that writes "3/14/24".
 */
export function dateOrderOf(dates: Iterable<string>): DateOrder | undefined {
  const seen = new Set<DateOrder>();
  for (const raw of dates) {
    const order = orderShownBy(raw);
    if (order !== undefined) seen.add(order);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * A feed's date as milliseconds since the epoch, or why it cannot be read: ISO 8601 exactly (UTC unless it gives an
 * offset); a numeric date whose day and month could be either ("03/04/2024") only with the file's `order`, never
 * guessed; two-digit years are this century's ("3/14/24" is 2024). A date without a time is the start of that day, UTC.
 */
export function readFeedDate(raw: string, order?: DateOrder): { at: number } | { why: string } {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const at = instant(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), offsetOf(iso[7]));
    return at === undefined ? { why: `"${text.slice(0, 40)}" is no calendar date` } : { at };
  }
  const m = NUMERIC.exec(text);
  if (!m) return { why: `"${text.slice(0, 40)}" is not a date written as numbers (2024-03-14, 14/03/2024, 3/14/24)` };
  const [first, second] = [Number(m[1]), Number(m[2])];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const shown = orderShownBy(text);
  const used = shown ?? (first === second ? 'day-first' : order);
  if (used === undefined) {
    return { why: `"${text.slice(0, 40)}" could be ${first} ${MONTHS[second - 1] ?? '?'} or ${second} ${MONTHS[first - 1] ?? '?'} ${year}, and no date in the file shows whether the day or the month comes first` };
  }
  const [day, month] = used === 'day-first' ? [first, second] : [second, first];
  let hour = Number(m[4] ?? 0);
  const meridiem = m[7]?.toLowerCase().replace(/\./g, '');
  if (meridiem !== undefined && (hour < 1 || hour > 12)) return { why: `"${text.slice(0, 40)}" has no such time` };
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const at = instant(year, month, day, hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
  return at === undefined ? { why: `"${text.slice(0, 40)}" is no calendar date` } : { at };
}

/**
 * A sale's dated range, each end read by `readFeedDate` in the file's `order` (an end left empty is open), or which end
 * cannot be read and why: the shop exports' sale and special-price columns.
 */
export function readFeedDateRange(from: string | undefined, to: string | undefined, order: DateOrder | undefined): { start: number; end: number } | { side: 'from' | 'to'; why: string } {
  const start = from === undefined ? { at: -Infinity } : readFeedDate(from, order);
  if ('why' in start) return { side: 'from', why: start.why };
  const end = to === undefined ? { at: Infinity } : readFeedDate(to, order);
  if ('why' in end) return { side: 'to', why: end.why };
  return { start: start.at, end: end.at };
}

/** Where a date written with a time ("2026-11-27T00:00", "27/11/2026 9:12 AM") differs from a bare day. */
function hasTime(raw: string): boolean {
  const text = raw.trim();
  return (ISO.exec(text)?.[4] ?? NUMERIC.exec(text)?.[4]) !== undefined;
}

/** True when a text is written as a date `readFeedDate` reads (ISO 8601 or numeric), whether or not it is a real day. */
function dateShaped(raw: string): boolean {
  const text = raw.trim();
  return ISO.test(text) || NUMERIC.test(text);
}

/**
 * The two dates of an interval written "start/end" (ISO 8601's interval, as Merchant Center's
 * sale_price_effective_date is: "2026-11-27T00:00+01:00/2026-12-01T23:59+01:00"), split at the one "/" that leaves a
 * date on either side — numeric dates have slashes of their own ("25/11/2026/05/12/2026"); undefined when no "/" or
 * more than one does.
 */
export function intervalSides(raw: string): { from: string; to: string } | undefined {
  let found: { from: string; to: string } | undefined;
  for (let i = raw.indexOf('/'); i >= 0; i = raw.indexOf('/', i + 1)) {
    const [from, to] = [raw.slice(0, i).trim(), raw.slice(i + 1).trim()];
    if (!dateShaped(from) || !dateShaped(to)) continue;
    if (found !== undefined) return undefined;
    found = { from, to };
  }
  return found;
}

/**
 * An interval written "start/end" (see `intervalSides`) as the instants it runs from and to, each end read by
 * `readFeedDate` in the file's `order`; an end written without a time is that whole day ("2026-11-27/2026-12-01"
 * runs to the end of 1 December). Or why it cannot be read: not two dates joined by "/", a date no calendar has, a
 * day and month the file does not settle, or an end before its start.
 */
export function readFeedDateInterval(raw: string, order: DateOrder | undefined): { start: number; end: number } | { why: string } {
  const text = raw.trim().slice(0, 200);
  const sides = intervalSides(text);
  if (sides === undefined) {
    const shown = text.slice(0, 80);
    if (/\/P/i.test(text)) return { why: `"${shown}" gives a duration, not an end date (write start/end: 2026-11-27T00:00+01:00/2026-12-01T23:59+01:00)` };
    return { why: `"${shown}" is not two ISO 8601 dates joined by "/"` };
  }
  const start = readFeedDate(sides.from, order);
  if ('why' in start) return { why: `its start ${start.why}` };
  const end = readFeedDate(sides.to, order);
  if ('why' in end) return { why: `its end ${end.why}` };
  const last = hasTime(sides.to) ? end.at : end.at + 86_400_000 - 1;
  if (last < start.at) return { why: `"${text.slice(0, 80)}" ends before it starts` };
  return { start: start.at, end: last };
}
