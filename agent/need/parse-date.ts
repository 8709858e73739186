import type { Token } from './tokenize.ts';
import { wordEntry } from './word-entry.ts';

const DAY_MS = 86_400_000;

/** A date expression found in the tokens, resolved against the current time (UTC). */
export interface DateExpression {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** The last acceptable calendar day (UTC midnight), for day-level expressions. */
  readonly day?: Date;
  /** The first day of a period ("next week" → Monday), used by "before"; defaults to `day`. */
  readonly firstDay?: Date;
  /** An exact instant, for hour-level durations ("within 48h"). */
  readonly instant?: Date;
  /** True when the date depends on today ("Friday", "in 3 days"), so the resolved date is worth telling. */
  readonly relative: boolean;
  /** The numeric date as typed, set when it could be read two ways and the European (day/month) reading was chosen. */
  readonly ambiguous?: string;
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0, dimanche: 0, monday: 1, lundi: 1, tuesday: 2, mardi: 2, wednesday: 3, mercredi: 3,
  thursday: 4, jeudi: 4, friday: 5, vendredi: 5, saturday: 6, samedi: 6,
};
const WEEKDAY_ABBREVIATIONS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
const MONTHS: Record<string, number> = {
  january: 0, jan: 0, janvier: 0, janv: 0, february: 1, feb: 1, fevrier: 1, fev: 1, march: 2, mar: 2, mars: 2,
  april: 3, apr: 3, avril: 3, avr: 3, may: 4, mai: 4, june: 5, jun: 5, juin: 5, july: 6, jul: 6, juillet: 6, juil: 6,
  august: 7, aug: 7, aout: 7, september: 8, sep: 8, sept: 8, septembre: 8, october: 9, oct: 9, octobre: 9,
  november: 10, nov: 10, novembre: 10, december: 11, dec: 11, decembre: 11,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
  dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30, couple: 2, few: 3, quelques: 3,
};
const DURATION_UNITS: Record<string, 'hour' | 'day' | 'week' | 'month'> = {
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour', heure: 'hour', heures: 'hour',
  d: 'day', day: 'day', days: 'day', jour: 'day', jours: 'day', business: 'day', working: 'day',
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week', semaine: 'week', semaines: 'week',
  month: 'month', months: 'month', mois: 'month',
};
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'er', 'eme', 'e']);

/** Every word the date parser understands, for typo correction and leftover detection. */
export const DATE_WORDS: readonly string[] = [
  ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBREVIATIONS), ...Object.keys(MONTHS), ...Object.keys(NUMBER_WORDS), ...Object.keys(DURATION_UNITS),
  'today', 'tonight', 'tomorrow', 'tmrw', 'tmr', 'demain', 'aujourd', 'hui', 'soir', 'apres', 'after', 'next', 'this', 'coming', 'prochain',
  'prochaine', 'week', 'weekend', 'end', 'fin', 'month', 'christmas', 'xmas', 'noel', 'year', 'nouvel', 'an', 'same', 'day', 'reveillon', 'saint', 'sylvestre',
];

// Words a calendar expression can start with; anything else is rejected before any work.
const DATE_START_WORDS = new Set([
  ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBREVIATIONS), ...Object.keys(MONTHS), 'today', 'tonight', 'tomorrow', 'tmrw', 'tmr', 'demain',
  'aujourd', 'ce', 'same', 'next', 'this', 'coming', 'la', 'le', 'semaine', 'mois', 'end', 'cette', 'fin', 'the', 'weekend', 'week', 'christmas',
  'xmas', 'noel', 'veille', 'new', 'nouvel', 'day', 'apres', 'reveillon',
]);

/** Midnight UTC of the given instant's day. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The day `days` after `day`. */
export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

function validDay(year: number, month: number, dayOfMonth: number): Date | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
  if (year < 1970 || year > 9999 || month < 0 || month > 11 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  const date = new Date(Date.UTC(year, month, dayOfMonth));
  return date.getUTCMonth() === month && date.getUTCDate() === dayOfMonth ? date : undefined;
}

/** The next occurrence of month/day on or after today (this year or next). */
function nextOccurrence(today: Date, month: number, dayOfMonth: number): Date | undefined {
  const year = today.getUTCFullYear();
  const thisYear = validDay(year, month, dayOfMonth);
  if (thisYear && thisYear.getTime() >= today.getTime()) return thisYear;
  return validDay(year + 1, month, dayOfMonth) ?? validDay(year + 4 - (year % 4), month, dayOfMonth);
}

/** Words that may follow a bare day of the month ("le 10 si possible", "by the 20th please"). */
const DAY_FOLLOWERS: ReadonlySet<string> = new Set(['si', 'svp', 'stp', 'please', 'pls', 'plz', 'merci', 'thanks', 'thank', 'au', 'at', 'and', 'et', 'ou', 'or', 'if', 'latest', 'plus', 'max', 'maximum', 'dernier', 'delai', 'because', 'car', 'as', 'pour', 'for']);

/** The next day numbered `dayOfMonth` after today (this month, else the next month that has it). */
function nextDayOfMonth(today: Date, dayOfMonth: number): Date | undefined {
  for (let ahead = 0; ahead < 3; ahead++) {
    const month = today.getUTCMonth() + ahead;
    const candidate = validDay(today.getUTCFullYear() + Math.floor(month / 12), month % 12, dayOfMonth);
    if (candidate && candidate.getTime() > today.getTime()) return candidate;
  }
  return undefined;
}

/**
 * The day a weekday followed by its day of the month names ("Monday 14th", "lundi 14", "Friday 4 December"): the next
 * such date, when it does fall on that weekday; undefined (cursor unmoved) when no day number follows, something other
 * than a month or a clause word follows it ("Friday 2 pieces"), or the two disagree (then the weekday alone is read).
 */
function datedWeekday(c: Cursor, today: Date, weekday: number): Date | undefined {
  const start = c.index;
  const dayNumber = readInteger(c);
  if (dayNumber === undefined || dayNumber < 1 || dayNumber > 31) {
    c.index = start;
    return undefined;
  }
  const afterNumber = c.index;
  c.accept('of');
  const monthWord = c.word();
  const month = monthWord === undefined ? undefined : MONTHS[monthWord];
  if (month !== undefined) c.index++;
  else {
    c.index = afterNumber;
    const following = c.token();
    if (following !== undefined && following.kind !== 'punct' && !DAY_FOLLOWERS.has(following.norm)) {
      c.index = start;
      return undefined;
    }
  }
  const day = month === undefined ? nextDayOfMonth(today, dayNumber) : nextOccurrence(today, month, dayNumber);
  if (day !== undefined && day.getUTCDay() === weekday) return day;
  c.index = start;
  return undefined;
}

function addBusinessDays(day: Date, count: number): Date {
  let result = day;
  let left = count;
  while (left > 0) {
    result = addDays(result, 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return result;
}

function lastDayOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month + 1, 0));
}

class Cursor {
  constructor(
    readonly tokens: readonly Token[],
    readonly used: readonly boolean[],
    public index: number,
  ) {}
  word(offset = 0): string | undefined {
    const token = this.tokens[this.index + offset];
    if (!token || this.used[this.index + offset] || token.kind === 'punct') return undefined;
    return token.norm;
  }
  token(offset = 0): Token | undefined {
    const token = this.tokens[this.index + offset];
    return token && !this.used[this.index + offset] ? token : undefined;
  }
  /** Consumes the given words in order if they are next. */
  accept(...words: string[]): boolean {
    for (const [k, w] of words.entries()) if (this.word(k) !== w) return false;
    this.index += words.length;
    return true;
  }
}

function readInteger(cursor: Cursor): number | undefined {
  const token = cursor.token();
  if (token?.kind === 'number' && token.value !== undefined && Number.isInteger(token.value)) {
    cursor.index++;
    const suffix = cursor.token();
    if (suffix?.kind === 'word' && suffix.attached && ORDINAL_SUFFIXES.has(suffix.norm)) cursor.index++;
    return token.value;
  }
  return undefined;
}

function readYear(cursor: Cursor): number | undefined {
  const save = cursor.index;
  if (cursor.token()?.norm === ',') cursor.index++;
  const token = cursor.token();
  if (token?.kind === 'number' && token.value !== undefined && Number.isInteger(token.value) && token.value >= 1970 && token.value <= 9999) {
    cursor.index++;
    return token.value;
  }
  cursor.index = save;
  return undefined;
}

/** Options for date parsing at one position. */
export interface DateParseOptions {
  /** Accept "fri", "sat"… (only safe right after a deadline word such as "by"). */
  readonly allowAbbreviations: boolean;
  /** Accept a bare month ("by December") meaning the whole month. */
  readonly allowBareMonth: boolean;
}

/** Parses a calendar expression ("Friday", "tomorrow", "next week", "24 Dec", "2026-12-24", "24/12") at `index`. */
export function parseDateAt(tokens: readonly Token[], used: readonly boolean[], index: number, now: Date, options: DateParseOptions): DateExpression | undefined {
  const first = used[index] ? undefined : tokens[index];
  if (!first || first.kind === 'punct' || first.kind === 'symbol' || (first.kind === 'word' && !DATE_START_WORDS.has(first.norm))) return undefined;
  // "le 03/04", "the 2026-12-24": the article before a numeric date.
  const dated = tokens[index + 1];
  if ((first.norm === 'le' || first.norm === 'the') && !used[index + 1] && (dated?.kind === 'slash-date' || dated?.kind === 'iso-date')) {
    const inner = parseDateAt(tokens, used, index + 1, now, options);
    return inner ? { ...inner, start: index } : undefined;
  }
  const today = startOfUtcDay(now);
  const c = new Cursor(tokens, used, index);
  const done = (rest: Omit<DateExpression, 'start' | 'end'>): DateExpression => ({ start: index, end: c.index, ...rest });

  if (first.kind === 'iso-date') {
    const [y, m, d] = first.raw.split('-').map(Number);
    const day = validDay(y!, m! - 1, d!);
    c.index++;
    return day ? done({ day, relative: false }) : undefined;
  }
  if (first.kind === 'slash-date') {
    const parts = first.raw.split('/').map(Number);
    const [a, b] = [parts[0]!, parts[1]!];
    let year = parts[2];
    if (year !== undefined && year < 100) year += 2000;
    let ambiguous: string | undefined;
    let dayOfMonth = a;
    let month = b;
    if (a <= 12 && b > 12) [dayOfMonth, month] = [b, a];
    else if (a <= 12 && b <= 12 && a !== b) ambiguous = first.raw;
    c.index++;
    const day = year !== undefined ? validDay(year, month - 1, dayOfMonth) : nextOccurrence(today, month - 1, dayOfMonth);
    if (!day) return undefined;
    return done(ambiguous === undefined ? { day, relative: year === undefined } : { day, relative: year === undefined, ambiguous });
  }

  if (c.accept('day', 'after', 'tomorrow') || c.accept('apres', 'demain')) return done({ day: addDays(today, 2), relative: true });
  if (c.accept('today') || c.accept('tonight') || c.accept('aujourd', 'hui') || c.accept('ce', 'soir') || c.accept('same', 'day')) {
    return done({ day: today, relative: true });
  }
  if (c.accept('tomorrow') || c.accept('tmrw') || c.accept('tmr') || c.accept('demain') || c.accept('next', 'day')) {
    return done({ day: addDays(today, 1), relative: true });
  }
  const mondayOffset = (today.getUTCDay() + 6) % 7;
  const thisMonday = addDays(today, -mondayOffset);
  if (c.accept('next', 'week') || c.accept('la', 'semaine', 'prochaine') || c.accept('semaine', 'prochaine')) {
    return done({ day: addDays(thisMonday, 13), firstDay: addDays(thisMonday, 7), relative: true });
  }
  if (
    c.accept('end', 'of', 'the', 'week') || c.accept('end', 'of', 'week') || c.accept('this', 'week') || c.accept('cette', 'semaine') ||
    c.accept('fin', 'de', 'la', 'semaine') || c.accept('fin', 'de', 'semaine')
  ) {
    return done({ day: addDays(thisMonday, 6), firstDay: today, relative: true });
  }
  if (c.accept('the', 'weekend') || c.accept('this', 'weekend') || c.accept('weekend') || c.accept('ce', 'week', 'end') || c.accept('le', 'week', 'end') || c.accept('week', 'end')) {
    const saturday = addDays(today, (6 - today.getUTCDay() + 7) % 7);
    return done({ day: saturday, firstDay: saturday, relative: true });
  }
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  // "fin du mois prochain" is next month's end, not this month's ("fin du mois") with a word left over.
  const nextMonthsEnd = () => c.accept('fin', 'du', 'mois', 'prochain') || c.accept('fin', 'de', 'mois', 'prochain') || c.accept('end', 'of', 'next', 'month') || c.accept('end', 'of', 'the', 'next', 'month');
  if (nextMonthsEnd() || c.accept('next', 'month') || c.accept('le', 'mois', 'prochain') || c.accept('mois', 'prochain')) {
    return done({ day: lastDayOfMonth(y, m + 1), firstDay: new Date(Date.UTC(y, m + 1, 1)), relative: true });
  }
  if (c.accept('end', 'of', 'the', 'month') || c.accept('end', 'of', 'month') || c.accept('this', 'month') || c.accept('fin', 'du', 'mois') || c.accept('ce', 'mois', 'ci')) {
    return done({ day: lastDayOfMonth(y, m), firstDay: today, relative: true });
  }
  // "le réveillon" alone is Christmas Eve's dinner; the New Year's one is named ("réveillon du nouvel an").
  if (c.accept('le', 'reveillon', 'du', 'nouvel', 'an') || c.accept('reveillon', 'du', 'nouvel', 'an') || c.accept('le', 'reveillon', 'de', 'la', 'saint', 'sylvestre') || c.accept('reveillon', 'de', 'la', 'saint', 'sylvestre')) {
    return done({ day: nextOccurrence(today, 11, 31)!, relative: true });
  }
  if (c.accept('christmas', 'eve') || c.accept('veille', 'de', 'noel') || c.accept('le', 'reveillon', 'de', 'noel') || c.accept('reveillon', 'de', 'noel') || c.accept('le', 'reveillon') || c.accept('reveillon')) {
    return done({ day: nextOccurrence(today, 11, 24)!, relative: true });
  }
  if (c.accept('christmas') || c.accept('xmas') || c.accept('noel')) {
    // Presents must arrive before the day itself: "by Christmas" is the 24th, "before Christmas" the start of the 25th.
    const eve = nextOccurrence(today, 11, 24)!;
    return done({ day: eve, firstDay: addDays(eve, 1), relative: true });
  }
  if (c.accept('new', 'year', 's', 'eve') || c.accept('new', 'year') || c.accept('nouvel', 'an')) {
    return done({ day: nextOccurrence(today, 11, 31)!, relative: true });
  }

  // Weekdays: "friday", "next friday", "this friday", "vendredi prochain" → the next such day after today.
  const save = c.index;
  c.accept('next') || c.accept('this') || c.accept('coming') || c.accept('ce');
  const weekdayWord = c.word();
  const weekday =
    weekdayWord === undefined ? undefined : (WEEKDAYS[weekdayWord] ?? (options.allowAbbreviations ? WEEKDAY_ABBREVIATIONS[weekdayWord] : undefined));
  if (weekday !== undefined) {
    c.index++;
    // "Monday 14th", "lundi 14 décembre", "Friday the 4th", "Sunday (the 28th)": the day of the month says which
    // such day, in brackets too.
    const beforeNumber = c.index;
    const bracketed = c.token()?.norm === '(';
    if (bracketed) c.index++;
    c.accept('the') || c.accept('le');
    const dated = datedWeekday(c, today, weekday);
    if (dated !== undefined && bracketed && c.token()?.norm === ')') c.index++;
    if (dated !== undefined) return done({ day: dated, relative: true });
    c.index = beforeNumber;
    c.accept('prochain');
    const ahead = (weekday - today.getUTCDay() + 7) % 7 || 7;
    return done({ day: addDays(today, ahead), relative: true });
  }
  c.index = save;

  // "24 December", "24th of Dec 2026", "le 24 décembre".
  const article = c.accept('le') || c.accept('the');
  const numberAt = c.index;
  const dayNumber = readInteger(c);
  if (dayNumber !== undefined) {
    const ordinal = c.index > numberAt + 1;
    const afterNumber = c.index;
    c.accept('of');
    const monthWord = c.word();
    const month = monthWord === undefined ? undefined : MONTHS[monthWord];
    if (month !== undefined) {
      c.index++;
      const year = readYear(c);
      const day = year !== undefined ? validDay(year, month, dayNumber) : nextOccurrence(today, month, dayNumber);
      return day ? done({ day, relative: year === undefined }) : undefined;
    }
    // "le 15", "avant le 10", "by the 20th": a day of the month, the next one to come. The article makes it a day, and
    // nothing may follow but punctuation or a clause word ("le 10 si possible"; not "the 3 of us", "le 2 pièces").
    c.index = afterNumber;
    const following = c.token();
    const free = following === undefined || following.kind === 'punct' || DAY_FOLLOWERS.has(following.norm);
    if (article && free && dayNumber >= 1 && dayNumber <= 31 && (ordinal || following?.norm !== 'of')) {
      const day = nextDayOfMonth(today, dayNumber);
      return day ? done({ day, relative: true }) : undefined;
    }
    return undefined;
  }
  c.index = save;

  // "December 24", "Dec 24th, 2026", or a bare month after a deadline word.
  const monthWord = c.word();
  const month = monthWord === undefined ? undefined : MONTHS[monthWord];
  if (month !== undefined) {
    c.index++;
    const dayOfMonth = readInteger(c);
    if (dayOfMonth !== undefined) {
      const year = readYear(c);
      const day = year !== undefined ? validDay(year, month, dayOfMonth) : nextOccurrence(today, month, dayOfMonth);
      return day ? done({ day, relative: year === undefined }) : undefined;
    }
    if (options.allowBareMonth && monthWord !== 'may' && monthWord !== 'mar') {
      const year = readYear(c) ?? (month >= m ? y : y + 1);
      return done({ day: lastDayOfMonth(year, month), firstDay: new Date(Date.UTC(year, month, 1)), relative: true });
    }
  }
  return undefined;
}

/** Parses a duration ("3 days", "48h", "a week", "deux semaines") at `index`, resolved from now. */
export function parseDurationAt(tokens: readonly Token[], used: readonly boolean[], index: number, now: Date): DateExpression | undefined {
  const c = new Cursor(tokens, used, index);
  let amount: number | undefined;
  if (c.accept('a', 'few') || c.accept('a', 'couple', 'of') || c.accept('quelques')) amount = c.tokens[c.index - 1]?.norm === 'few' || c.tokens[c.index - 1]?.norm === 'quelques' ? 3 : 2;
  else {
    const token = c.token();
    if (token?.kind === 'number' && token.value !== undefined && Number.isInteger(token.value)) amount = token.value;
    else if (token?.kind === 'word') amount = wordEntry(NUMBER_WORDS, token.norm);
    if (amount !== undefined) c.index++;
  }
  if (amount === undefined || amount < 0 || amount > 3650) return undefined;
  const unitWord = c.word();
  const unit = unitWord === undefined ? undefined : DURATION_UNITS[unitWord];
  if (unit === undefined) return undefined;
  // "h" and "d" only count when glued to the number ("48h", "3d").
  if ((unitWord === 'h' || unitWord === 'd' || unitWord === 'w') && !c.token()?.attached) return undefined;
  c.index++;
  const businessDays = unitWord === 'business' || unitWord === 'working';
  if (businessDays && !c.accept('days') && !c.accept('day')) return undefined;
  const today = startOfUtcDay(now);
  const base = { start: index, end: c.index, relative: true };
  if (businessDays) return { ...base, day: addBusinessDays(today, amount) };
  switch (unit) {
    case 'hour':
      return { ...base, instant: new Date(now.getTime() + amount * 3_600_000) };
    case 'day':
      return { ...base, day: addDays(today, amount) };
    case 'week':
      return { ...base, day: addDays(today, amount * 7) };
    case 'month': {
      const target = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + amount, today.getUTCDate()));
      return { ...base, day: target };
    }
  }
}
