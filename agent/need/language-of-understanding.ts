import { DEFAULT_LANGUAGE, detectLanguage, type Language } from '../language/index.ts';
import type { Understanding } from './need-engine.ts';

/**
 * The language to answer an understanding in: the one recorded on the need or on the pending partial need; a refusal
 * records none, so its request's words decide (`detectLanguage`), and without them English.
 */
export function languageOfUnderstanding(understanding: Understanding, requestText?: string): Language {
  if (understanding.kind === 'need') return understanding.need.language ?? DEFAULT_LANGUAGE;
  if (understanding.kind === 'clarify') return understanding.partial.language ?? DEFAULT_LANGUAGE;
  return requestText === undefined ? DEFAULT_LANGUAGE : detectLanguage(requestText);
}
