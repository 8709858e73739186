import { languageEvidence } from '../../language/index.ts';
import { foldWord, glossEvidence, telltaleWords } from './gloss-request.ts';
import { GLOSS_LEXICONS } from './lexicons.ts';
import { splitVerbatim } from './verbatim-spans.ts';

/** A language the butler recognises but has no lexicon for, and how strongly the text shows it. */
export interface UnreadLanguage {
  /** ISO 639-1 codes: one, or two the signs cannot tell apart (Norwegian and Danish). */
  readonly codes: readonly string[];
  /** How many signs of it the text shows (function words, or letters of its own script). */
  readonly signs: number;
}

/**
 * How a language the butler cannot read is recognised: by letters of a script only it writes among the languages the
 * butler knows (`script`; `ownLetters` when the script is shared with a language it reads), or by its function words —
 * pronouns, articles, prepositions, conjunctions, the verbs a request is made with, and Finnish "euroa" (euros in
 * the case a figure takes) — none of them a word of English, French or another language read word for word in a way
 * that differs ("ja" is German, "alle" Italian, "nem" Portuguese, "van" Dutch: left out). A few are written alike in
 * a glossed neighbour ("med", "maks", "på" are Swedish too): those count for both, and the neighbour's evidence is
 * weighed without them. Letters alone (ø, ő, ễ) are never signs: they are written in names ("Søren", "Erdős",
 * "Nguyễn"). Ukrainian: a word with a letter Russian never writes (і ї є ґ), and its own function words.
 */
interface UnreadProfile {
  readonly code: string;
  readonly script?: RegExp;
  readonly ownLetters?: RegExp;
  readonly words?: ReadonlySet<string>;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const PROFILES: readonly UnreadProfile[] = [
  { code: 'he', script: /\p{Script=Hebrew}/u },
  { code: 'ar', script: /\p{Script=Arabic}/u },
  { code: 'ko', script: /\p{Script=Hangul}/u },
  { code: 'th', script: /\p{Script=Thai}/u },
  { code: 'hi', script: /\p{Script=Devanagari}/u },
  { code: 'ka', script: /\p{Script=Georgian}/u },
  { code: 'hy', script: /\p{Script=Armenian}/u },
  // Han is read as Japanese when kana are written beside it; without them it is Chinese.
  { code: 'zh', script: /\p{Script=Han}/u, ownLetters: /^[^\p{Script=Hiragana}\p{Script=Katakana}]*$/u },
  { code: 'uk', words: words('шукаю потрібні потрібен потрібна потрібно мені купити ласка або також дякую') },
  { code: 'vi', words: words('tôi mình cần mua một những các không giúp của và với dưới trên giá khoảng cái chiếc muốn tìm được cho có nào này') },
  // Swedish writes "vi", "oss", "mig", "dig", "med", "på", "vår", "efter" alike: never signs of Norwegian or Danish.
  { code: 'no', words: words('jeg trenger ønsker kjøpe meg deg ikke hva hvor mye noe til og gjerne') },
  { code: 'da', words: words('jeg søger ønsker købe ikke hvad hvor meget noget til og') },
  { code: 'hu', words: words('egy és keresek szeretnék kellene kell vagy alatt legfeljebb nekem számára kérek vagyok venni') },
  { code: 'fi', words: words('etsin tarvitsen haluan ostaa enintään vähintään tai kanssa euroa ilman minulle minä olen että joka mutta myös kiitos noin yli') },
  { code: 'id', words: words('saya aku mau ingin beli membeli untuk dengan tanpa yang dan tidak ini itu cari carikan mencari tolong butuh perlu buat bisa atau kami') },
];

/** Prepositions a name follows ("for Søren", "für Bjørn", "pour Bảo", "para Yang"): the word after them is no sign. */
const BEFORE_NAME = words('for für pour para per voor till to');

/** A phrase between single quotes ("a t-shirt that says 'saya mau kopi'"), the marks at the edges of words. */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])(?:'[^'\n]+'|‘[^’\n]+’)(?![\p{L}\p{N}])/gu;

/** The text outside quotes and addresses: quoted foreign words ("a mug that says 'שלום'") are never signs. */
function unquoted(text: string): string {
  return splitVerbatim(text).filter((_, k) => k % 2 === 0).join(' ').replace(SINGLE_QUOTED, ' ');
}

/**
 * The words of `text` that may be signs of a language: typed in lower case (a capitalised word is a name — "Søren",
 * "Ada", "Mau" — unless it begins a sentence), not the word after a preposition a name follows, lower-cased.
 */
function signWords(text: string): string[] {
  const found: string[] = [];
  let sentenceStart = true;
  let afterName = false;
  for (const match of text.matchAll(/[\p{L}\p{M}]+|[.!?\n:;]|[^\s\p{L}\p{M}]/gu)) {
    const token = match[0];
    if (!/\p{L}/u.test(token)) {
      if (/[.!?\n:;]/u.test(token)) sentenceStart = true;
      continue;
    }
    const lower = token.toLowerCase();
    const capitalised = lower !== token;
    if (!afterName && (!capitalised || (sentenceStart && token.slice(1) === lower.slice(1)))) found.push(lower);
    afterName = BEFORE_NAME.has(lower);
    sentenceStart = false;
  }
  return found;
}

/**
 * Every word a glossed lexicon writes (its entries' words, markers and words shared with the reader), as written:
 * accents kept, so "tôi" is not the folded "toi" of another lexicon.
 */
let glossedWords: { exact: ReadonlySet<string>; stems: readonly string[] } | undefined;

/**
 * Whether a word is read already, so it can never show a language the butler cannot read: a word of English or
 * French (`readerWord`), or one any glossed lexicon writes ("vi", "med", "på" are Swedish as much as Norwegian; "aku"
 * is a word of another lexicon too). A key ending in '*' matches the words it starts.
 */
function isReadWord(word: string, readerWord: (word: string) => boolean): boolean {
  if (glossedWords === undefined) {
    const exact = new Set<string>();
    const stems: string[] = [];
    for (const lexicon of GLOSS_LEXICONS) {
      for (const key of [...Object.keys(lexicon.words), ...lexicon.markers, ...(lexicon.sharedWithReader ?? [])]) {
        for (const w of key.toLowerCase().split(/\s+/u)) {
          if (w.endsWith('*')) stems.push(w.slice(0, -1).normalize('NFC'));
          else if (w.length > 0) exact.add(w.normalize('NFC'));
        }
      }
    }
    glossedWords = { exact, stems: stems.filter((stem) => stem.length > 0) };
  }
  const typed = word.normalize('NFC');
  if (glossedWords.exact.has(typed) || glossedWords.stems.some((stem) => typed.startsWith(stem))) return true;
  // An English or French word as typed: the reader's own folding ("tôi" read as "toi") is no word of English or French.
  return foldWord(typed) === typed && readerWord(typed);
}

/** How many of a request's first words show the language it is written in. */
const OPENING_WORDS = 3;

/**
 * The first words of the text, lower-cased: a request is written in a language from its start ("Jeg trenger…",
 * "Tôi cần…", "무선 이어폰…"); a phrase of it inside a request opened in another ("a t-shirt printed with jeg elsker
 * deg", "sofa, ship to 上海市…") is what the person wants written or where, not the request's language.
 */
function openingWords(text: string): string[] {
  return (text.match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, OPENING_WORDS).map((w) => w.toLowerCase());
}

/**
 * A script profile's letters against all the other letters of the text: more than all of them, and among the
 * request's first words.
 */
function scriptSigns(text: string): { profile: UnreadProfile; signs: number } | undefined {
  let letters: string[] | undefined;
  let opening: string[] | undefined;
  for (const profile of PROFILES) {
    const script = profile.script;
    if (script === undefined || !script.test(text) || (profile.ownLetters !== undefined && !profile.ownLetters.test(text))) continue;
    letters ??= [...text].filter((c) => /\p{L}/u.test(c));
    opening ??= openingWords(text);
    const signs = letters.filter((c) => script.test(c)).length;
    if (signs >= 2 && signs > letters.length - signs && opening.some((w) => script.test(w))) return { profile, signs };
  }
  return undefined;
}

/** Ukrainian-only letters in lower-case words outside quotes ("Київ" is a name, "шукаю навушники" no sign either). */
const UKRAINIAN_LETTERS = /[іїєґ]/u;

/**
 * The language, among those the butler cannot read, that `text` is written in — judged on its words outside quotes
 * and addresses, and shown among its first words (`openingWords`): a script only it writes, when its letters are
 * more than all the text's other letters; else its function words, at least two of them and more than the signs of
 * every language the butler reads (the English and French words `languageEvidence` counts, and each glossed
 * lexicon's `glossEvidence`). Two languages with as many signs are returned together. Undefined when the text shows
 * no unread language that strongly.
 * @example
 * unreadLanguageOf('Etsin vedenpitävää vaellusreppua, enintään 150 euroa', isReaderWord); // { codes: ['fi'], signs: 2 }
 */
export function unreadLanguageOf(text: string, readerWord: (word: string) => boolean): UnreadLanguage | undefined {
  const plain = unquoted(text);
  const script = scriptSigns(plain);
  if (script !== undefined) return { codes: [script.profile.code], signs: script.signs };
  // A word the butler reads in any language (English, French or a glossed lexicon) is never a sign of one it cannot.
  const candidates = signWords(plain).filter((w) => !isReadWord(w, readerWord));
  const opening = openingWords(plain).filter((w) => !isReadWord(w, readerWord));
  let read: { telltales: string[]; englishOrFrench: number } | undefined;
  let best: UnreadProfile[] = [];
  let most = 0;
  for (const profile of PROFILES) {
    const own = profile.words;
    if (own === undefined) continue;
    const isSign = (w: string) => own.has(w) || (profile.code === 'uk' && UKRAINIAN_LETTERS.test(w));
    const signs = candidates.filter(isSign).length;
    if (signs < 2 || signs < most || !opening.some(isSign)) continue;
    // Every language the butler reads, weighed without the words this one writes alike ("med" in Swedish).
    if (read === undefined) {
      const { en, fr } = languageEvidence(plain);
      read = { telltales: telltaleWords(plain, readerWord), englishOrFrench: en + fr };
    }
    const folded = new Set([...own].map(foldWord));
    const theirs = read.telltales.filter((w) => !folded.has(w));
    if (signs <= Math.max(read.englishOrFrench, ...GLOSS_LEXICONS.map((lexicon) => glossEvidence(theirs, lexicon)))) continue;
    if (signs > most || best.length === 0) [best, most] = [[profile], signs];
    else best.push(profile);
  }
  if (best.length === 0) return undefined;
  return { codes: best.map((p) => p.code), signs: most };
}
