import type { LlmConfig } from '../../agent/llm/index.ts';
import type { ScriptedOpenAiServer } from './scripted-openai-server.ts';

/**
 * A complete need-engine answer as the model writes it (the structured output's every field, empty where a test does
 * not care), with the test's own fields on top.
 */
export function needAnswer(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: 'need',
    hardConstraints: [],
    softPreferences: [],
    quantity: null,
    budgetMinor: null,
    currency: 'EUR',
    deadline: null,
    question: null,
    missing: [],
    message: null,
    assumptions: [],
    notUnderstood: [],
    ...fields,
  };
}

/** The LLM settings the tests use against the scripted OpenAI-compatible server (no retries, json-schema output). */
export function scriptedLlmConfig(server: ScriptedOpenAiServer, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return { baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'scripted-model', timeoutMs: 2_000, transportRetries: 0, outputMode: 'json-schema', ...overrides };
}
