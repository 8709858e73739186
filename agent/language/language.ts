import { z } from 'zod';

/** The languages the butler speaks to the person in. */
export const LANGUAGES = ['en', 'fr'] as const;

/** A language the butler answers in: ISO 639-1 code. */
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * The languages a request can be read in: the ones the butler answers in, and more it reads through a word-for-word
 * gloss (`agent/need/gloss/`) while answering in English.
 */
export const READ_LANGUAGES = [...LANGUAGES, 'es', 'it', 'de', 'nl', 'pt', 'pl', 'sv', 'ru', 'el', 'tr', 'cs', 'ro', 'ja'] as const;

/** A language a request is read in: ISO 639-1 code. */
export const ReadLanguageSchema = z.enum(READ_LANGUAGES);
export type ReadLanguage = z.infer<typeof ReadLanguageSchema>;

/** The language the butler answers a request read in `read`: that language when it speaks it, else the default. */
export function answerLanguage(read: ReadLanguage | undefined): Language {
  const parsed = LanguageSchema.safeParse(read);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

/** The language used when a request gives no sign of another. */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * A message catalogue: the same typed set of phrases for every language, so a phrase missing in one language is a
 * compile error rather than an English sentence in a French answer.
 */
export type Catalogue<Messages> = Readonly<Record<Language, Messages>>;
