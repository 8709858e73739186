import { createDeterministicNeedEngine, type NeedEngine } from '../need/index.ts';
import type { ChatModel } from './chat-model.ts';
import { createLlmNeedEngine } from './create-llm-need-engine.ts';
import { readLlmConfig } from './llm-config.ts';
import type { LlmFallbackNotice } from './need-notice.ts';
import { createOpenAiChatModel } from './openai-chat-model.ts';

/** The chat model configured in the environment, or undefined (not configured, or invalid: see `readLlmConfig`). */
export function chatModelFromEnv(env: Readonly<Record<string, string | undefined>>): ChatModel | undefined {
  const reading = readLlmConfig(env);
  return reading.kind === 'configured' ? createOpenAiChatModel(reading.config) : undefined;
}

/**
 * The need engine to use: the LLM engine when `MAJORDOME_MODEL` (and `OPENAI_BASE_URL` / `OPENAI_API_KEY` as needed)
 * are set, else the built-in deterministic engine. An invalid configuration is reported through `onInvalidConfig`
 * and falls back to the built-in engine rather than failing.
 */
export function needEngineFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: { onInvalidConfig?: (message: string) => void; onFallback?: (notice: LlmFallbackNotice) => void } = {},
): NeedEngine {
  const reading = readLlmConfig(env);
  if (reading.kind === 'invalid') options.onInvalidConfig?.(`LLM configuration ignored: ${reading.message}`);
  if (reading.kind !== 'configured') return createDeterministicNeedEngine();
  return createLlmNeedEngine({ model: createOpenAiChatModel(reading.config), ...(options.onFallback ? { onFallback: options.onFallback } : {}) });
}
