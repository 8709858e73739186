import { z } from 'zod';

/** Defaults of the LLM connection (generous enough for a local model on a laptop). */
export const LLM_DEFAULTS = {
  /** Per-request timeout in milliseconds. */
  timeoutMs: 30_000,
  /** Transport retries the butler does itself on connection errors, 429 and 5xx, never waiting past the time left (the invalid-output retry is separate). */
  transportRetries: 1,
} as const;

/** How structured output is requested: a JSON-schema response format, or one forced function call. */
export const LLM_OUTPUT_MODES = ['json-schema', 'tool'] as const;
/** A structured-output mode. */
export type LlmOutputMode = (typeof LLM_OUTPUT_MODES)[number];

/** The connection to any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, LM Studio). */
export const LlmConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  /** Local servers accept any key; a placeholder is sent when none is configured. */
  apiKey: z.string().min(1).max(4096),
  model: z.string().min(1).max(200),
  timeoutMs: z.number().int().min(1).max(600_000),
  transportRetries: z.number().int().min(0).max(5),
  outputMode: z.enum(LLM_OUTPUT_MODES),
});
/** A validated LLM configuration. */
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/** The result of reading the LLM configuration from the environment. */
export type LlmConfigReading =
  | { readonly kind: 'configured'; readonly config: LlmConfig }
  | { readonly kind: 'not-configured'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly message: string };

const PLACEHOLDER_KEY = 'not-needed';
const OPENAI_URL = 'https://api.openai.com/v1';

function intFrom(value: string | undefined): number | undefined | typeof Number.NaN {
  if (value === undefined || value.trim() === '') return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}

/**
 * Reads `MAJORDOME_MODEL` (required to turn the LLM on), `OPENAI_BASE_URL` (default OpenAI's), `OPENAI_API_KEY`
 * (required for api.openai.com only), `MAJORDOME_LLM_TIMEOUT_MS`, `MAJORDOME_LLM_RETRIES` and
 * `MAJORDOME_LLM_OUTPUT` (`json-schema` or `tool`).
 */
export function readLlmConfig(env: Readonly<Record<string, string | undefined>>): LlmConfigReading {
  const model = env.MAJORDOME_MODEL?.trim();
  if (!model) return { kind: 'not-configured', reason: 'MAJORDOME_MODEL is not set' };
  const baseUrl = (env.OPENAI_BASE_URL?.trim() || OPENAI_URL).replace(/\/+$/, '');
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey && /^https:\/\/api\.openai\.com\b/.test(baseUrl)) return { kind: 'invalid', message: 'OPENAI_API_KEY is required for api.openai.com' };
  const parsed = LlmConfigSchema.safeParse({
    baseUrl,
    apiKey: apiKey || PLACEHOLDER_KEY,
    model,
    timeoutMs: intFrom(env.MAJORDOME_LLM_TIMEOUT_MS) ?? LLM_DEFAULTS.timeoutMs,
    transportRetries: intFrom(env.MAJORDOME_LLM_RETRIES) ?? LLM_DEFAULTS.transportRetries,
    outputMode: env.MAJORDOME_LLM_OUTPUT?.trim() || 'json-schema',
  });
  if (!parsed.success) return { kind: 'invalid', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { kind: 'configured', config: parsed.data };
}
