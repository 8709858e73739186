import { z } from 'zod';

/** The languages the butler speaks to the person in. */
export const LANGUAGES = ['en', 'fr'] as const;

/** A language the butler answers in: ISO 639-1 code. */
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** The language used when a request gives no sign of another. */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * A message catalogue: the same typed set of phrases for every language, so a phrase missing in one language is a
 * compile error rather than an English sentence in a French answer.
 */
export type Catalogue<Messages> = Readonly<Record<Language, Messages>>;
