import { foldWord, glossEvidence, telltaleWords } from './gloss-request.ts';
import { GLOSS_LEXICONS } from './lexicons.ts';
import { splitVerbatim } from './verbatim-spans.ts';

/** A language the butler recognises but has no lexicon for: it names it honestly rather than reading it wrong. */
export interface UnreadLanguage {
  /** ISO 639-1 code. */
  readonly code: string;
  /** Its name in English, to say which language could not be read. */
  readonly name: string;
}

/**
 * How a language the butler cannot read is recognised: by a script only it writes among the ones it knows
 * (`script`, with `ownLetters` when the script is shared with a language the butler reads), or, in Latin letters, by
 * letters no language it reads writes (`marks`: Vietnamese tone marks, Norwegian "ø") and by its common function words.
 */
interface UnreadProfile extends UnreadLanguage {
  readonly script?: RegExp;
  readonly ownLetters?: RegExp;
  readonly marks?: RegExp;
  readonly words?: readonly string[];
}

const PROFILES: readonly UnreadProfile[] = [
  { code: 'he', name: 'Hebrew', script: /\p{Script=Hebrew}/u },
  { code: 'ar', name: 'Arabic', script: /\p{Script=Arabic}/u },
  { code: 'ko', name: 'Korean', script: /\p{Script=Hangul}/u },
  { code: 'th', name: 'Thai', script: /\p{Script=Thai}/u },
  { code: 'hi', name: 'Hindi', script: /\p{Script=Devanagari}/u },
  { code: 'ka', name: 'Georgian', script: /\p{Script=Georgian}/u },
  { code: 'hy', name: 'Armenian', script: /\p{Script=Armenian}/u },
  { code: 'zh', name: 'Chinese', script: /\p{Script=Han}/u, ownLetters: /^[^\p{Script=Hiragana}\p{Script=Katakana}]*$/u },
  { code: 'uk', name: 'Ukrainian', script: /\p{Script=Cyrillic}/u, ownLetters: /[іїєґІЇЄҐ]/u },
  {
    code: 'vi', name: 'Vietnamese',
    marks: /[đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]/iu,
    words: ['tôi', 'cần', 'mua', 'một', 'không', 'giúp', 'cho', 'của', 'và', 'với', 'dưới', 'giá', 'cái', 'bạn', 'muốn', 'tìm'],
  },
  {
    code: 'no', name: 'Norwegian', marks: /[æø]/iu,
    words: ['jeg', 'ikke', 'til', 'meg', 'deg', 'av', 'etter', 'og', 'trenger', 'ønsker', 'kjøpe', 'hva', 'hvor', 'maks', 'mye', 'noe', 'vår', 'sønnen', 'datteren'],
  },
  {
    code: 'da', name: 'Danish', marks: /[æø]/iu,
    words: ['jeg', 'ikke', 'til', 'mig', 'dig', 'af', 'efter', 'og', 'søger', 'gerne', 'købe', 'hvad', 'hvor', 'maks', 'meget', 'noget', 'vores', 'sønnen', 'datteren'],
  },
  { code: 'hu', name: 'Hungarian', marks: /[őű]/iu, words: ['egy', 'és', 'nem', 'keresek', 'szeretnék', 'kell', 'vagy', 'alatt', 'legfeljebb', 'méret', 'nélküli', 'vezeték', 'forint', 'számára', 'nekem'] },
  {
    code: 'fi', name: 'Finnish',
    words: ['etsin', 'tarvitsen', 'haluan', 'ostaa', 'enintään', 'vähintään', 'ja', 'tai', 'ei', 'kanssa', 'ilman', 'minulle', 'hinta', 'koko', 'euroa', 'litraa', 'noin', 'että', 'joka', 'mutta', 'myös', 'kiitos', 'olen', 'minä', 'hei', 'alle', 'yli', 'poikani', 'tyttäreni', 'äidilleni'],
  },
  {
    code: 'id', name: 'Indonesian',
    words: ['saya', 'aku', 'mau', 'ingin', 'beli', 'untuk', 'dengan', 'tanpa', 'yang', 'dan', 'tidak', 'ini', 'itu', 'ada', 'cari', 'carikan', 'mencari', 'tolong', 'butuh', 'perlu', 'ukuran', 'maksimal', 'harga', 'istri', 'suami', 'anak', 'ribu', 'juta', 'murah', 'buat', 'bisa', 'warna', 'sepatu', 'rupiah'],
  },
];

/** The words of `text` outside quotes and addresses, lower-cased as typed. */
function typedWords(text: string): string[] {
  const unquoted = splitVerbatim(text).filter((_, k) => k % 2 === 0).join(' ');
  // A run of letters glued to figures ("d2098af4" in a pasted hash) is no word; two Latin letters are too few to tell.
  const words = (unquoted.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => !/\p{N}/u.test(w) && !/^[a-z]{1,2}$/i.test(w));
  return words.map((w) => w.toLowerCase());
}

/** Letters in `text` a script profile writes, against the Latin letters beside them. */
function scriptLanguage(text: string, readerWord: (word: string) => boolean): UnreadLanguage | undefined {
  const words = typedWords(text);
  let best: UnreadProfile | undefined;
  let most = 0;
  for (const profile of PROFILES) {
    const script = profile.script;
    if (script === undefined || (profile.ownLetters !== undefined && !profile.ownLetters.test(text))) continue;
    const count = words.reduce((n, w) => n + [...w].filter((c) => script.test(c)).length, 0);
    if (count > most) [best, most] = [profile, count];
  }
  const latin = words.filter((w) => /^\p{Script=Latin}+$/u.test(w) && readerWord(w)).reduce((n, w) => n + w.length, 0);
  // Glossed scripts (Cyrillic, Greek, kana) go to their lexicon; Ukrainian and Chinese only by their own letters.
  return best !== undefined && most > latin ? { code: best.code, name: best.name } : undefined;
}

/**
 * The language a request is written in when it is one the butler cannot read: a script only it writes (Hebrew,
 * Arabic, Hangul...) or, in Latin letters, more signs of it — its own letters and function words, the reader's words
 * aside — than of any language read through a gloss, and at least two. Two such languages tied (Norwegian and Danish)
 * are named together. Undefined when the request is in a language the butler reads, or shows no language at all.
 * @example
 * unreadLanguageOf('Etsin vedenpitävää vaellusreppua, enintään 150 euroa', isReaderWord); // { code: 'fi', name: 'Finnish' }
 */
export function unreadLanguageOf(text: string, readerWord: (word: string) => boolean): UnreadLanguage | undefined {
  const written = scriptLanguage(text, readerWord);
  if (written !== undefined) return written;
  const words = typedWords(text).filter((w) => /\p{Script=Latin}/u.test(w) && !readerWord(w) && !readerWord(foldWord(w)));
  const telltales = telltaleWords(text, readerWord);
  const glossed = Math.max(0, ...GLOSS_LEXICONS.map((lexicon) => glossEvidence(telltales, lexicon)));
  let best: UnreadProfile[] = [];
  let most = Math.max(1, glossed);
  for (const profile of PROFILES) {
    if (profile.script !== undefined) continue;
    const own = new Set(profile.words ?? []);
    const signs = words.filter((w) => own.has(w) || (profile.marks?.test(w) ?? false)).length;
    if (signs > most) [best, most] = [[profile], signs];
    else if (signs === most && best.length > 0) best.push(profile);
  }
  if (best.length === 0) return undefined;
  return { code: best.map((p) => p.code).join('/'), name: best.map((p) => p.name).join(' or ') };
}
