import { joinWords, type Language } from '../language/index.ts';
import { CONVERSATION_MESSAGES } from './conversation-messages.ts';
import { GLOSS_LEXICONS, isReaderWord, unreadLanguageOf } from './gloss/index.ts';
import type { Understanding } from './need-engine.ts';

/** A reading that serves the request: a need, or a question about anything but what to look for. */
function serves(understood: Understanding): boolean {
  return understood.kind === 'need' || (understood.kind === 'clarify' && !understood.missing.includes('category'));
}

/** Language names as the answer's language says them ("Finnish", "finnois"). */
function namesIn(codes: readonly string[], language: Language): string[] {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code);
}

/**
 * The answer to a request the reading did not serve (refused, or asked what to look for) when it is written in a
 * language the butler cannot read (`unreadLanguageOf`): that language named, with the languages it reads — never a
 * list of categories, nor a reading through another language's words. A reading that serves the request is never
 * turned into this answer, whatever the text shows. Undefined when the reading stands.
 */
export function unreadLanguageAnswer(understood: Understanding, input: string, language: Language): Understanding | undefined {
  if (serves(understood)) return undefined;
  const unread = unreadLanguageOf(input, isReaderWord);
  if (unread === undefined) return undefined;
  const readable = joinWords(namesIn(['en', 'fr', ...GLOSS_LEXICONS.map((l) => l.language)], language), language, 'or');
  const message = CONVERSATION_MESSAGES[language].cannotRead(joinWords(namesIn(unread.codes, language), language, 'or'), readable);
  return { kind: 'unsupported', message: message.slice(0, 500), notUnderstood: [] };
}
