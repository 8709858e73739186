import { describe, expect, it } from 'vitest';
import { needEngineFromEnv, readLlmConfig } from '../../agent/llm/index.ts';

describe('LLM configuration from the environment', () => {
  it('is off without MAJORDOME_MODEL, and the deterministic engine is used', () => {
    expect(readLlmConfig({})).toEqual({ kind: 'not-configured', reason: 'MAJORDOME_MODEL is not set' });
    expect(needEngineFromEnv({ OPENAI_API_KEY: 'sk-x' }).name).toBe('deterministic');
  });

  it('reads a local endpoint without a key (Ollama, LM Studio, vLLM)', () => {
    const reading = readLlmConfig({ MAJORDOME_MODEL: 'llama3.1', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1/' });
    expect(reading).toEqual({
      kind: 'configured',
      config: { baseUrl: 'http://127.0.0.1:11434/v1', apiKey: 'not-needed', model: 'llama3.1', timeoutMs: 30_000, transportRetries: 1, outputMode: 'json-schema' },
    });
    expect(needEngineFromEnv({ MAJORDOME_MODEL: 'llama3.1', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }).name).toBe('llm:llama3.1');
  });

  it('requires a key for api.openai.com and validates the numbers and the output mode', () => {
    expect(readLlmConfig({ MAJORDOME_MODEL: 'gpt-4o-mini' })).toEqual({ kind: 'invalid', message: 'OPENAI_API_KEY is required for api.openai.com' });
    expect(readLlmConfig({ MAJORDOME_MODEL: 'm', OPENAI_API_KEY: 'k', MAJORDOME_LLM_TIMEOUT_MS: 'soon' }).kind).toBe('invalid');
    expect(readLlmConfig({ MAJORDOME_MODEL: 'm', OPENAI_API_KEY: 'k', MAJORDOME_LLM_OUTPUT: 'telepathy' }).kind).toBe('invalid');
    const tool = readLlmConfig({ MAJORDOME_MODEL: 'm', OPENAI_API_KEY: 'k', MAJORDOME_LLM_OUTPUT: 'tool', MAJORDOME_LLM_TIMEOUT_MS: '5000', MAJORDOME_LLM_RETRIES: '0' });
    expect(tool.kind === 'configured' && [tool.config.outputMode, tool.config.timeoutMs, tool.config.transportRetries]).toEqual(['tool', 5000, 0]);
  });

  it('reports an invalid configuration and keeps working with the built-in engine', () => {
    const messages: string[] = [];
    const engine = needEngineFromEnv({ MAJORDOME_MODEL: 'gpt-4o-mini' }, { onInvalidConfig: (m) => messages.push(m) });
    expect(engine.name).toBe('deterministic');
    expect(messages).toEqual(['LLM configuration ignored: OPENAI_API_KEY is required for api.openai.com']);
  });
});

describe('the structured-output schema sent to the model', () => {
  it('stays inside the portable strict subset: every key required, no extra keys, no bounds', async () => {
    const { llmNeedOutputJsonSchema } = await import('../../agent/llm/index.ts');
    const schema = llmNeedOutputJsonSchema();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      for (const banned of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern', '$schema']) expect(o).not.toHaveProperty(banned);
      if (o.type === 'object') {
        expect(o.additionalProperties).toBe(false);
        expect([...(o.required as string[])].sort()).toEqual(Object.keys(o.properties as object).sort());
      }
      Object.values(o).forEach(walk);
    };
    walk(schema);
  });
});
