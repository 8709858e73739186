const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A deadline word of the gloss, then a day and a month in figures ("by 23-10", "before the 20/10", "by 5.11.2027"). */
const DEADLINE_DATE = /\b(by|before|by the|before the|on the|until)\s+(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?(?![-/.]?\d)/g;

/**
 * Every language read through a gloss writes a date in figures day first: after a deadline word, "23-10" or "20/10" is
 * written with the month's name ("by 23 october"), so the reader never takes it for a month-first date or a range.
 */
export function nameDayMonthDates(english: string): string {
  return english.replace(DEADLINE_DATE, (whole, cue: string, day: string, month: string, year: string | undefined) => {
    const d = Number(day);
    const m = Number(month);
    if (d < 1 || d > 31 || m < 1 || m > 12) return whole;
    return `${cue} ${d} ${MONTHS[m - 1]}${year ? ` ${year}` : ''}`;
  });
}

/** "up to" before a day and a month's name is a deadline ("do 20 grudnia", "до 20 декабря", "12月24日まで"): "by". */
const UP_TO_DATE = new RegExp(`\\bup to (\\d{1,2}) (${MONTHS.join('|')})\\b`, 'g');
/** "up to" before a day and a month in figures with the ordinal dots ("do 20. 12.", "do 20.12."). */
const UP_TO_DOTTED_DATE = /\bup to (\d{1,2})\.\s?(\d{1,2})\.(?!\d)/g;

/** A day and a month read as "up to" a figure, written "by" the day: a date is never a price. */
export function deadlineNotBudget(english: string): string {
  return english.replace(UP_TO_DATE, 'by $1 $2').replace(UP_TO_DOTTED_DATE, (whole, day: string, month: string) => {
    const [d, m] = [Number(day), Number(month)];
    return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `by ${d} ${MONTHS[m - 1]}` : whole;
  });
}
