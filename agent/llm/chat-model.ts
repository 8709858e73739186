import type { JsonSchema } from '../../protocol/index.ts';

/** One chat message the butler sends; brand text only ever travels inside a user message's quoted data block. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** How the answer must be shaped: free text, a JSON-schema response format, or one forced function call. */
export type ChatOutput =
  | { readonly kind: 'text' }
  | { readonly kind: 'json-schema'; readonly name: string; readonly schema: JsonSchema }
  | { readonly kind: 'tool'; readonly name: string; readonly description: string; readonly schema: JsonSchema };

/** A chat-completions request in the butler's terms. */
export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  readonly output: ChatOutput;
  readonly temperature?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Failures of a model call, each with the sentence shown to the person. */
export const LLM_CALL_ERROR_CODES = {
  TIMEOUT: 'the language model did not answer in time',
  HTTP_ERROR: 'the language model endpoint returned an error',
  CONNECTION_FAILED: 'the language model endpoint could not be reached',
  ABORTED: 'the request to the language model was cancelled',
  EMPTY_ANSWER: 'the language model returned no answer',
  MALFORMED_ANSWER: 'the language model endpoint answered with something that is not a chat completion',
  ANSWER_TOO_LONG: 'the language model went on past the length Majordome accepts and was stopped',
} as const;
/** A model-call failure code. */
export type LlmCallErrorCode = keyof typeof LLM_CALL_ERROR_CODES;

/** A typed model-call failure (never thrown by a ChatModel: returned). */
export interface LlmCallError {
  readonly code: LlmCallErrorCode;
  readonly message: string;
  readonly status?: number | undefined;
}

/** A typed model-call failure with the code's sentence, plus a detail in brackets when there is one. */
export function llmCallError(code: LlmCallErrorCode, detail?: string, status?: number): LlmCallError {
  const base = LLM_CALL_ERROR_CODES[code];
  return { code, message: detail ? `${base} (${detail})` : base, ...(status !== undefined ? { status } : {}) };
}

/** A function call the model made. Majordome only ever offers functions that record, never ones that act. */
export interface ModelToolCall {
  readonly name: string;
  readonly arguments: string;
}

/** A complete (non-streamed) answer, or the failure. */
export type ChatReply =
  | { readonly ok: true; readonly content: string | null; readonly toolCalls: readonly ModelToolCall[] }
  | { readonly ok: false; readonly error: LlmCallError };

/** One event of a streamed answer. */
export type ChatStreamEvent =
  | { readonly type: 'delta'; readonly text: string }
  | { readonly type: 'tool-call'; readonly name: string }
  | { readonly type: 'end' }
  | { readonly type: 'error'; readonly error: LlmCallError };

/** The small interface the LLM features use; `createOpenAiChatModel` implements it over the openai SDK. */
export interface ChatModel {
  /** The model name, for notes and logs. */
  readonly model: string;
  readonly outputMode: 'json-schema' | 'tool';
  complete(request: ChatRequest): Promise<ChatReply>;
  /** Streams a text answer; never throws (failures arrive as an `error` event, which ends the stream). */
  stream(request: ChatRequest): AsyncIterable<ChatStreamEvent>;
}
