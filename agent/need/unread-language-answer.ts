import { joinWords, type Language } from '../language/index.ts';
import { CONVERSATION_MESSAGES } from './conversation-messages.ts';
import { GLOSS_LEXICONS, isReaderWord, unreadLanguageOf } from './gloss/index.ts';
import type { Understanding } from './need-engine.ts';

/** The words a catalogue message is written with before and between its placeholders. */
function fixedParts(message: (...values: string[]) => string): string[] {
  return message('\u0000', '\u0000').split('\u0000').filter((part) => part.length > 0);
}

/** Whether a message was written by `message` whatever its placeholders say: its fixed words, in order, from its start. */
function writtenBy(text: string, message: (...values: string[]) => string): boolean {
  const parts = fixedParts(message);
  let at = 0;
  for (const [k, part] of parts.entries()) {
    const found = text.indexOf(part, at);
    if (found < 0 || (k === 0 && found !== 0)) return false;
    at = found + part.length;
  }
  return parts.length > 0;
}

/**
 * Whether a reading says nothing the person would lose to "I can't read …": the generic refusal ("I can only shop for
 * … so far, and I don't recognise …"), or a question what to look for with nothing read (no budget, recipient, rule,
 * preference, deadline nor quantity). Never a need, a question about anything else, a refusal naming a product no
 * connected brand sells, nor a question keeping a partial reading.
 */
function saysNothingRead(understood: Understanding): boolean {
  if (understood.kind === 'unsupported') {
    return (['en', 'fr'] as const).some((language) => writtenBy(understood.message, CONVERSATION_MESSAGES[language].onlyShopFor));
  }
  if (understood.kind !== 'clarify' || !understood.missing.includes('category')) return false;
  const { partial, question } = understood;
  if (!(['en', 'fr'] as const).some((language) => question.includes(CONVERSATION_MESSAGES[language].whatToLookForBare))) return false;
  return partial.category === undefined && partial.budget === undefined && partial.recipient === undefined && partial.deadline === undefined
    && partial.quantity === undefined && partial.hardConstraints.length === 0 && partial.softPreferences.length === 0;
}

/** Language names as the answer's language says them ("Finnish", "finnois"). */
function namesIn(codes: readonly string[], language: Language): string[] {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code);
}

/**
 * The answer to a request the reading did not serve and read nothing of (`saysNothingRead`) when it is written in a
 * language the butler cannot read (`unreadLanguageOf`): that language named, with the languages it reads — never a
 * list of categories, nor a reading through another language's words. A reading that serves the request, or keeps
 * anything of it, is never turned into this answer, whatever the text shows. Undefined when the reading stands.
 */
export function unreadLanguageAnswer(understood: Understanding, input: string, language: Language): Understanding | undefined {
  if (!saysNothingRead(understood)) return undefined;
  const unread = unreadLanguageOf(input, isReaderWord);
  if (unread === undefined) return undefined;
  const readable = joinWords(namesIn(['en', 'fr', ...GLOSS_LEXICONS.map((l) => l.language)], language), language, 'or');
  const message = CONVERSATION_MESSAGES[language].cannotRead(joinWords(namesIn(unread.codes, language), language, 'or'), readable);
  return { kind: 'unsupported', message: message.slice(0, 500), notUnderstood: [] };
}
