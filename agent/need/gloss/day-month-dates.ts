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
