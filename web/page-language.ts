import type { Context } from 'hono';
import { DEFAULT_LANGUAGE, LanguageSchema, type Language } from '../agent/language/index.ts';

/**
 * The language a page greets the person in before any request: `?lang=` when it names one the butler speaks, else the
 * first of the browser's `Accept-Language` (highest quality first) that it speaks, else English.
 */
export function pageLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  const asked = spokenLanguage(query);
  if (asked !== undefined) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { language: tag.trim().slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranked) {
    const spoken = spokenLanguage(language);
    if (spoken !== undefined) return spoken;
  }
  return DEFAULT_LANGUAGE;
}

/** The language of the page a request asks for (`pageLanguage` of its `?lang=` and `Accept-Language`): every page chooses the same way. */
export function pageLanguageOf(c: Context): Language {
  return pageLanguage(c.req.query('lang'), c.req.header('accept-language'));
}

/** The language a request names in `?lang=`, when the butler speaks it: the page's links keep it, so the choice holds from page to page. */
export function pageLanguageAsked(c: Context): Language | undefined {
  return spokenLanguage(c.req.query('lang'));
}

/** The language a tag names when the butler speaks it. */
function spokenLanguage(tag: string | undefined): Language | undefined {
  const spoken = LanguageSchema.safeParse(tag);
  return spoken.success ? spoken.data : undefined;
}
