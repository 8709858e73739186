import type { Context } from 'hono';
import { DEFAULT_LANGUAGE, LANGUAGES, LanguageSchema, type Language } from '../agent/language/index.ts';
import { WebError } from './web-error.ts';

/**
 * The language an API answer's words are chosen in: `?lang=fr` (the turn's, which the chat page sends back), English
 * when absent; a language the butler does not speak is a typed INVALID_QUERY.
 */
export function languageQuery(c: Context): Language {
  const language = LanguageSchema.default(DEFAULT_LANGUAGE).safeParse(c.req.query('lang'));
  if (!language.success) throw new WebError('INVALID_QUERY', `lang must be one of ${LANGUAGES.join(', ')}`);
  return language.data;
}
