import type { NeedContext, Understanding } from '../need/index.ts';
import { normaliseValue } from '../need/value-synonyms.ts';

/** The note said when the model's deadline was dropped because the person's words state no date (in their language). */
export type DeadlineAsSaidNote = (read: string) => string;

/** The languages whose month and weekday names count as a date-like word (those the built-in reads, glossed or not). */
const DATE_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ru', 'tr', 'el', 'cs', 'ro'];

interface DateNames {
  readonly months: ReadonlySet<string>;
  readonly weekdays: ReadonlySet<string>;
}

let dateNames: DateNames | undefined;

function fold(word: string): string {
  return word.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');
}

/** Month names (long and short) and weekday names (long) in every date locale, from the runtime's ICU data, folded. */
function namesOfDates(): DateNames {
  if (dateNames !== undefined) return dateNames;
  const months = new Set<string>();
  const weekdays = new Set<string>();
  for (const locale of DATE_LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) months.add(fold(format.format(Date.UTC(2024, m, 15))));
    }
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) weekdays.add(fold(format.format(Date.UTC(2024, 0, 1 + d))));
  }
  dateNames = { months, weekdays };
  return dateNames;
}

/**
 * Whether the words hold something that reads as a date even where the built-in reader cannot resolve it: digits
 * joined by a date separator ("24/11", "2026-11-24", "24.11.", not a decimal "10.5"), a month name beside a number
 * ("24 novembre", "November 24th") or a weekday's name, in a language the built-in reads. Only then may a deadline
 * the built-in reader did not find stand on the model's word. A month name alone is no date ("may", "mar").
 */
export function hasDateLikeExpression(words: string): boolean {
  if (/(^|\D)(\d{1,2}[./-]\d{1,2}[./-]|\d{1,2}\/\d{1,2}(?!\d)|\d{4}-\d{2}-\d{2})/.test(words)) return true;
  const { months, weekdays } = namesOfDates();
  const tokens = fold(words).split(/[^\p{L}\p{N}]+/u).map((t) => t.replace(/\.$/, ''));
  const numeric = (t: string | undefined) => t !== undefined && /^\d{1,2}(st|nd|rd|th|er|e)?$/.test(t);
  return tokens.some((t, i) => weekdays.has(t) || (months.has(t) && (numeric(tokens[i - 1]) || numeric(tokens[i + 1]))));
}

function deadlineOf(understanding: Understanding): string | undefined {
  if (understanding.kind === 'need') return understanding.need.deadline;
  if (understanding.kind === 'clarify') return understanding.partial.deadline;
  return undefined;
}

/**
 * The model's understanding with its deadline held to the person's words: kept where the built-in reader (`builtIn`,
 * the same words read by the deterministic engine, in every language it reads), its deadline reader alone
 * (`statedDeadline`, whatever the category) or the turn being answered found a deadline, or where the words hold a date-like expression the built-in cannot resolve (`hasDateLikeExpression`: the
 * model may read a date the built-in does not); otherwise dropped, with a note. An invented deadline excludes every
 * seller that cannot deliver by it.
 */
export function withDeadlineAsSaid(understanding: Understanding, builtIn: Understanding, text: string, context: NeedContext, note: DeadlineAsSaidNote, statedDeadline?: string): Understanding {
  const read = deadlineOf(understanding);
  if (read === undefined) return understanding;
  // `statedDeadline`: the deadline reader's own reading of the words, whatever the product (the built-in reading as a
  // whole carries none where it cannot place the category: "a kettle by Christmas").
  if (deadlineOf(builtIn) !== undefined || statedDeadline !== undefined || context.previous?.deadline !== undefined) return understanding;
  if (hasDateLikeExpression(`${context.previous?.text ?? ''} ${text}`)) return understanding;
  const day = read.slice(0, 10);
  if (understanding.kind === 'need') {
    const { deadline: _read, ...need } = understanding.need;
    return { ...understanding, need, assumptions: [note(day), ...understanding.assumptions].slice(0, 64) };
  }
  if (understanding.kind !== 'clarify') return understanding;
  const { deadline: _read, ...partial } = understanding.partial;
  return { ...understanding, partial, notUnderstood: [note(day), ...understanding.notUnderstood].slice(0, 64) };
}
