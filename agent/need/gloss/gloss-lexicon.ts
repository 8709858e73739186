import type { ReadLanguage } from '../../language/index.ts';

/**
 * A word whose English reading depends on whether a figure follows it: "hasta 100 euros" is "up to 100 euros",
 * "hasta el viernes" is "by friday"; "do 800 zł" is "up to 800 zł".
 */
export interface BoundWord {
  readonly beforeFigure: string;
  readonly otherwise: string;
}

/**
 * A word said after what it governs (Turkish "cumaya kadar", by Friday; Japanese "1万円まで", up to 10,000 yen; "annem
 * için", for my mother): its English is written before the word or figure it follows, `afterFigure` when that is a
 * figure (with its currency), else `afterWord`.
 */
export interface Postposition {
  readonly afterWord: string;
  readonly afterFigure?: string;
}

/** What one entry reads as in English: words (empty to drop a word that says nothing the reader needs), a bound word or a postposition. */
export type Gloss = string | BoundWord | Postposition;

/**
 * One language the butler reads through a gloss: the words only it uses (to recognise it) and what its words say in
 * the English words the reader knows. Keys are lower case and may hold several words ("fin del mes que viene");
 * accents are optional when matching ("maximo" is "máximo"); a key ending in "*" matches any word starting with it, for
 * inflected languages ("słuchawk*" reads "słuchawek", "słuchawki"). A compound word no entry names is read as two
 * entries glued ("skaft" + "dammsugare"), for the languages that glue them (`compounds`).
 */
export interface GlossLexicon {
  readonly language: Exclude<ReadLanguage, 'en' | 'fr'>;
  /** The language's name in English, to say which one was read. */
  readonly name: string;
  /** Function words only (or almost only) this language uses, so a request written in it is recognised. */
  readonly markers: readonly string[];
  /**
   * Its words spelled like an English or French word or abbreviation the reader reads otherwise (Swedish "min", my, is
   * "min" for minutes): glossed in a request written in the language, never taken as a sign of it.
   */
  readonly sharedWithReader?: readonly string[];
  /** Whether words may be glued into compounds ("Laufschuhe", "kinderfiets", "skaftdammsugare"). */
  readonly compounds: boolean;
  /**
   * Letters of a script only this language writes among those the butler reads (Cyrillic, Greek, kana): a request
   * written with them is in this language, however few of its words the lexicon names.
   */
  readonly letters?: RegExp;
  /**
   * Letters among `letters` a request in this language always holds, when the script is shared with a language the
   * butler does not read (kana beside Han: Han alone is as likely Chinese as Japanese).
   */
  readonly ownLetters?: RegExp;
  /**
   * Endings glued to a word no entry names, stripped one at a time (longest first) until an entry names what is left,
   * for languages that stack suffixes ("kulaklıklarım": "kulaklık" + "lar" + "ım"); what follows an apostrophe is a
   * suffix too ("500 TL'ye").
   */
  readonly suffixes?: readonly string[];
  /** Written without spaces between words (Japanese): read by the longest entry at each point of the text. */
  readonly spaceless?: boolean;
  /**
   * The text made plain before the gloss: figures written with the language's own signs ("3万5千円" is "35000円"), its
   * own punctuation ("、" is ",").
   */
  readonly plainText?: (text: string) => string;
  readonly words: Readonly<Record<string, Gloss>>;
}
