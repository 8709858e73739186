import type { Catalogue } from '../language/index.ts';

/** The person's words quoted in a note, shortened: "…" in English, « … » in French. */
function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The notes that go with an understood request — typo corrections, deadlines, a switched category, ignored text — in
 * one language (the request's).
 */
export interface NoteMessages {
  readonly quote: (text: string) => string;
  readonly typo: (typed: string, readAs: string) => string;
  readonly hintedCategory: (label: string, evidence: string) => string;
  /** A UTC day in words ("Fri 27 Nov 2026" / "vendredi 27 novembre 2026"). */
  readonly utcDay: (date: Date) => string;
  /** When a relative deadline falls: an instant ("2026-11-27 18:00") or a day in words, both UTC. */
  readonly deadlineInstant: (isoMinute: string) => string;
  readonly deadlineDay: (day: string) => string;
  readonly deadline: (source: string, when: string) => string;
  readonly datePassed: (source: string) => string;
  /** A slash date that could be read either way, read day first. */
  readonly dayMonth: (raw: string) => string;
  readonly categorySwitched: (now: string, before: string) => string;
  readonly ignoredAfter: (characters: number) => string;
  readonly tooManyRequirements: (max: number) => string;
  readonly bareSize: (source: string, size: number) => string;
  readonly bareBudget: (source: string) => string;
  readonly maker: (name: string, stance: 'avoid' | 'require' | 'prefer') => string;
  readonly doesNotApply: (words: string, category: string) => string;
}

/** The notes in English and French. */
export const NOTE_MESSAGES: Catalogue<NoteMessages> = {
  en: {
    quote: (text) => `"${shorten(text)}"`,
    typo: (typed, readAs) => `typo: "${shorten(typed)}" read as "${shorten(readAs)}"`,
    hintedCategory: (label, evidence) => `category: ${label}, from "${shorten(evidence)}"`,
    utcDay: (date) => `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    deadlineInstant: (isoMinute) => `${isoMinute} UTC`,
    deadlineDay: (day) => `${day} (UTC)`,
    deadline: (source, when) => `deadline: "${shorten(source)}" read as delivery by ${when}`,
    datePassed: (source) => `"${shorten(source)}" (that date has already passed)`,
    dayMonth: (raw) => `read "${raw}" as day/month`,
    categorySwitched: (now, before) => `category: switched to ${now}; earlier details that only fit ${before} were dropped`,
    ignoredAfter: (n) => `everything after the first ${n} characters (ignored)`,
    tooManyRequirements: (max) => `too many requirements: only the first ${max} hard and ${max} soft ones are kept`,
    bareSize: (source, size) => `size: "${shorten(source)}" read as EU size ${size}`,
    bareBudget: (source) => `budget: "${shorten(source)}" read as your price ceiling`,
    maker: (name, stance) => `brand: "${shorten(name)}" read as a maker ${stance === 'avoid' ? 'to avoid' : stance === 'require' ? 'you require' : 'you prefer'}`,
    doesNotApply: (words, category) => `"${shorten(words)}" (does not apply to ${category})`,
  },
  fr: {
    quote: (text) => `« ${shorten(text)} »`,
    typo: (typed, readAs) => `faute de frappe : « ${shorten(typed)} » lu comme « ${shorten(readAs)} »`,
    hintedCategory: (label, evidence) => `catégorie : ${label}, d’après « ${shorten(evidence)} »`,
    utcDay: (date) => FRENCH_DAY.format(date),
    deadlineInstant: (isoMinute) => `le ${isoMinute} UTC`,
    deadlineDay: (day) => `le ${day} (UTC)`,
    deadline: (source, when) => `échéance : « ${shorten(source)} » compris comme une livraison au plus tard ${when}`,
    datePassed: (source) => `« ${shorten(source)} » (cette date est déjà passée)`,
    dayMonth: (raw) => `« ${raw} » lu comme jour/mois`,
    categorySwitched: (now, before) => `catégorie : changée pour ${now} ; les détails précédents propres à ${before} ont été abandonnés`,
    ignoredAfter: (n) => `tout ce qui suit les ${n} premiers caractères (ignoré)`,
    tooManyRequirements: (max) => `trop d’exigences : seules les ${max} premières impératives et les ${max} premières souhaitées sont retenues`,
    bareSize: (source, size) => `pointure : « ${shorten(source)} » lu comme pointure européenne ${String(size).replace('.', ',')}`,
    bareBudget: (source) => `budget : « ${shorten(source)} » lu comme votre prix maximum`,
    maker: (name, stance) => `marque : « ${shorten(name)} » lu comme une marque ${stance === 'avoid' ? 'à éviter' : stance === 'require' ? 'exigée' : 'préférée'}`,
    doesNotApply: (words, category) => `« ${shorten(words)} » (ne s’applique pas à la catégorie ${category})`,
  },
};
