import { DEFAULT_LANGUAGE, answerLanguage, detectLanguage, type Language } from '../language/index.ts';
import type { Understanding } from './need-engine.ts';

/**
 * The language to answer an understanding in: the one recorded on the need or on the pending partial need; a refusal
 * records none, so its request's words decide (`detectLanguage`), and without them English.
 */
export function languageOfUnderstanding(understanding: Understanding, requestText?: string): Language {
  if (understanding.kind === 'need') return answerLanguage(understanding.need.language);
  if (understanding.kind === 'clarify') return answerLanguage(understanding.partial.language);
  return requestText === undefined ? DEFAULT_LANGUAGE : detectLanguage(requestText);
}
