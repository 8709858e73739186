import { DEFAULT_LANGUAGE, answerLanguage, type Language } from '../language/index.ts';
import { detectReadLanguage } from './gloss/index.ts';
import type { Understanding } from './need-engine.ts';

/**
 * The language to answer an understanding in: the one recorded on the need or on the pending partial need; a refusal
 * records none, so its request's words decide (`detectReadLanguage`; English for a language read through a gloss),
 * and without them English.
 */
export function languageOfUnderstanding(understanding: Understanding, requestText?: string): Language {
  if (understanding.kind === 'need') return answerLanguage(understanding.need.language);
  if (understanding.kind === 'clarify') return answerLanguage(understanding.partial.language);
  return requestText === undefined ? DEFAULT_LANGUAGE : answerLanguage(detectReadLanguage(requestText));
}
