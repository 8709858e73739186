import type { ReadLanguage } from '../language/index.ts';
import type { Understanding } from './need-engine.ts';

/**
 * Records the request's language on the need (or the pending partial need, so the answer to a question keeps it);
 * English, the default, is left implicit.
 */
export function inLanguage(understanding: Understanding, language: ReadLanguage): Understanding {
  if (understanding.kind === 'need') {
    const { language: _, ...need } = understanding.need;
    return { ...understanding, need: language === 'en' ? need : { ...need, language } };
  }
  if (understanding.kind === 'clarify') {
    const { language: _, ...partial } = understanding.partial;
    return { ...understanding, partial: language === 'en' ? partial : { ...partial, language } };
  }
  return understanding;
}
