import type { Language } from '../language/index.ts';
import type { LlmCallError, LlmCallErrorCode } from './chat-model.ts';

const FRENCH: Readonly<Record<LlmCallErrorCode, string>> = {
  TIMEOUT: 'le modèle de langue n’a pas répondu à temps',
  HTTP_ERROR: 'le modèle de langue a renvoyé une erreur',
  CONNECTION_FAILED: 'le modèle de langue est injoignable',
  ABORTED: 'la requête au modèle de langue a été annulée',
  EMPTY_ANSWER: 'le modèle de langue n’a rien répondu',
  MALFORMED_ANSWER: 'le modèle de langue a répondu dans un format qui n’est pas celui d’une réponse de chat',
  ANSWER_TOO_LONG: 'le modèle de langue a dépassé la longueur que Majordome accepte et a été arrêté',
};

/** A model-call failure in the person's words: its own message in English, by its code (and HTTP status) in French. */
export function callErrorText(error: LlmCallError, language: Language): string {
  if (language === 'en') return error.message;
  return `${FRENCH[error.code]}${error.status === undefined ? '' : ` (HTTP ${error.status})`}`;
}
