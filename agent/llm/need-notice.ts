import type { LlmCallError } from './chat-model.ts';

/** Why the LLM engine handed a request to the built-in engine. */
export type LlmFallbackNotice =
  | { readonly kind: 'invalid-output'; readonly problems: readonly string[]; readonly text: string }
  | { readonly kind: 'call-failed'; readonly error: LlmCallError; readonly text: string };

/** The note shown to the person when the model's answer was unusable twice. */
export function invalidOutputNotice(problems: readonly string[]): LlmFallbackNotice {
  return { kind: 'invalid-output', problems, text: "the language model's answer was invalid (twice); I used the built-in engine instead" };
}

/** The note shown to the person when the model could not be called. */
export function callFailedNotice(error: LlmCallError): LlmFallbackNotice {
  return { kind: 'call-failed', error, text: `${error.message}; I used the built-in engine instead` };
}
