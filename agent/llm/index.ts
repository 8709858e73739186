// Public API of the LLM adapter: an LLM need engine, a streamed explanation of a ranking computed in code, and config.
export { readLlmConfig, LlmConfigSchema, LLM_DEFAULTS, LLM_OUTPUT_MODES } from './llm-config.ts';
export type { LlmConfig, LlmConfigReading, LlmOutputMode } from './llm-config.ts';
export { LLM_CALL_ERROR_CODES } from './chat-model.ts';
export type { ChatModel, ChatMessage, ChatOutput, ChatRequest, ChatReply, ChatStreamEvent, LlmCallError, LlmCallErrorCode, ModelToolCall } from './chat-model.ts';
export { createOpenAiChatModel } from './openai-chat-model.ts';
export { createLlmNeedEngine, RECORD_UNDERSTANDING_TOOL } from './create-llm-need-engine.ts';
export type { LlmNeedEngineOptions } from './create-llm-need-engine.ts';
export type { LlmFallbackNotice } from './need-notice.ts';
export { LlmNeedOutputSchema, llmNeedOutputJsonSchema, toUnderstanding } from './llm-need-output.ts';
export type { LlmNeedOutput, MappedUnderstanding } from './llm-need-output.ts';
export { NEED_INSTRUCTIONS, needMessages } from './need-instructions.ts';
export { explainRankingWithLlm, explanationMessages, EXPLAIN_INSTRUCTIONS } from './explain-ranking-with-llm.ts';
export type { ExplanationEvent, ExplainWithLlmInput, ExplainWithLlmOptions } from './explain-ranking-with-llm.ts';
export { explanationData } from './explanation-data.ts';
export type { ExplanationData, OfferFacts, OfferBrandContent } from './explanation-data.ts';
export { screenModelSentence } from './screen-model-text.ts';
export { quoteAsData } from './quote-as-data.ts';
export { needEngineFromEnv, chatModelFromEnv } from './need-engine-from-env.ts';
