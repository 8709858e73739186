// The one file that imports the openai SDK: everything else talks to the small ChatModel interface.
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { AnswerTooLargeError, boundedAnswerFetch } from './bounded-answer-fetch.ts';
import { llmCallError, type ChatModel, type ChatReply, type ChatRequest, type ChatStreamEvent, type LlmCallError } from './chat-model.ts';
import type { LlmConfig } from './llm-config.ts';

/**
 * The parts of a chat completion the butler reads. The SDK passes the endpoint's JSON through untyped, so a server that
 * answers a number as content or arguments as an object is refused here (extra fields are tolerated).
 */
const CompletionSchema = z.looseObject({
  choices: z.array(
    z.looseObject({
      message: z
        .looseObject({
          content: z.string().nullish(),
          tool_calls: z
            .array(z.looseObject({ type: z.string(), function: z.looseObject({ name: z.string(), arguments: z.string() }).optional() }))
            .nullish(),
        })
        .nullish(),
    }),
  ),
});

/** The parts of one streamed chunk the butler reads (same tolerance). */
const ChunkSchema = z.looseObject({
  choices: z.array(
    z.looseObject({
      delta: z
        .looseObject({
          content: z.string().nullish(),
          tool_calls: z.array(z.looseObject({ index: z.number().int(), function: z.looseObject({ name: z.string().nullish() }).nullish() })).nullish(),
        })
        .nullish(),
    }),
  ),
});

/** What a failed safeParse of the endpoint's answer becomes: the first problem's path, for the note. */
function malformed(error: z.ZodError): LlmCallError {
  const issue = error.issues[0];
  return llmCallError('MALFORMED_ANSWER', issue ? `${issue.path.map(String).join('.') || '(answer)'}: ${issue.message}`.slice(0, 200) : undefined);
}

/** Why our own timer aborted a request (told apart from the caller's abort). */
const TIMED_OUT = Symbol('timed-out');

/** The AnswerTooLargeError behind an error, however the SDK wrapped it. */
function answerTooLarge(error: unknown): AnswerTooLargeError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) if (e instanceof AnswerTooLargeError) return e;
  return undefined;
}

function toCallError(error: unknown, timedOut: boolean): LlmCallError {
  const tooLarge = answerTooLarge(error);
  if (tooLarge) return llmCallError('ANSWER_TOO_LONG', `over ${tooLarge.limitBytes} bytes`);
  if (timedOut || error instanceof OpenAI.APIConnectionTimeoutError) return llmCallError('TIMEOUT');
  if (error instanceof OpenAI.APIUserAbortError) return llmCallError('ABORTED');
  if (error instanceof OpenAI.APIConnectionError) return llmCallError('CONNECTION_FAILED', error.message.slice(0, 200));
  if (error instanceof OpenAI.APIError) return llmCallError('HTTP_ERROR', `HTTP ${error.status ?? '?'}`, error.status);
  if (error instanceof Error && error.name === 'AbortError') return llmCallError('ABORTED');
  return llmCallError('CONNECTION_FAILED', error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200));
}

function paramsOf(model: string, request: ChatRequest): ChatCompletionCreateParamsBase {
  const params: ChatCompletionCreateParamsBase = {
    model,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
  };
  const output = request.output;
  if (output.kind === 'json-schema') {
    params.response_format = { type: 'json_schema', json_schema: { name: output.name, schema: output.schema, strict: true } };
  } else if (output.kind === 'tool') {
    params.tools = [{ type: 'function', function: { name: output.name, description: output.description, parameters: output.schema, strict: true } }];
    params.tool_choice = { type: 'function', function: { name: output.name } };
  }
  return params;
}

/** An abort controller that fires on the caller's signal or after `ms` of silence (`touch()` restarts the clock). */
function watchdog(ms: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  let armedAt = 0;
  const arm = () => {
    if (timer) clearTimeout(timer);
    armedAt = Date.now();
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(TIMED_OUT);
    }, ms);
  };
  const onOuter = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onOuter, { once: true });
  arm();
  return {
    signal: controller.signal,
    touch: arm,
    timedOut: () => timedOut,
    /** Milliseconds left before the watchdog fires. */
    remainingMs: () => Math.max(0, ms - (Date.now() - armedAt)),
    dispose: () => {
      if (timer) clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}

/** Longest wait between two tries when the endpoint does not say (the SDK's own cap); doubled from 500 ms per retry. */
const MAX_BACKOFF_MS = 8_000;

/**
 * Whether a failed request is worth another try, as the SDK judges it: a connection failure, or HTTP 408, 409, 429 or
 * 5xx, unless the endpoint's `x-should-retry` header says otherwise. An answer over the byte limit or our own abort is not.
 */
function retryable(error: unknown): boolean {
  if (answerTooLarge(error) || error instanceof OpenAI.APIUserAbortError) return false;
  if (error instanceof OpenAI.APIConnectionError) return true;
  if (!(error instanceof OpenAI.APIError)) return false;
  const told = error.headers?.get('x-should-retry');
  if (told === 'true') return true;
  if (told === 'false') return false;
  const status = error.status ?? 0;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The wait the endpoint asks for before the next try (`retry-after-ms`, else `retry-after` in seconds or as a date), if any. */
function askedWaitMs(error: unknown): number | undefined {
  const headers = error instanceof OpenAI.APIError ? error.headers : undefined;
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const after = headers?.get('retry-after');
  if (!after) return undefined;
  const seconds = Number.parseFloat(after);
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - Date.now();
  return Number.isFinite(wait) ? Math.max(0, wait) : undefined;
}

/** Resolves after `ms`, or rejects as the SDK does on an abort as soon as the signal aborts (the timer is then cleared). */
function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new OpenAI.APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new OpenAI.APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `send` with up to `retries` more tries on a retryable failure, within the watchdog's time. The SDK's own retries
 * are off: it slept whatever `retry-after` an endpoint sent (an hour, a day) in a timer no signal could end, so a 429
 * held the call, and the process, far past its timeout. Here the wait is the endpoint's, else a doubling backoff; a wait
 * that would outlast the time left ends the call at once with the failure in hand, and the watchdog ends any wait.
 */
async function withRetries<T>(retries: number, guard: ReturnType<typeof watchdog>, send: () => Promise<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await send();
    } catch (error) {
      if (retry >= retries || guard.signal.aborted || !retryable(error)) throw error;
      const wait = askedWaitMs(error) ?? Math.min(500 * 2 ** retry, MAX_BACKOFF_MS);
      if (wait >= guard.remainingMs()) throw error;
      await waitOrAbort(wait, guard.signal);
    }
  }
}

/**
 * A ChatModel over the openai SDK's chat completions, for any OpenAI-compatible endpoint. Structured output uses a
 * strict JSON-schema response format or one forced function call; streaming uses server-sent events. Calls never
 * throw: timeouts (including a stream going silent), HTTP errors and connection failures come back typed.
 */
export function createOpenAiChatModel(config: LlmConfig): ChatModel {
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseUrl, timeout: config.timeoutMs, maxRetries: 0, fetch: boundedAnswerFetch() });
  return {
    model: config.model,
    outputMode: config.outputMode,
    async complete(request): Promise<ChatReply> {
      const guard = watchdog(config.timeoutMs, request.signal);
      try {
        const answer = await withRetries(config.transportRetries, guard, () => client.chat.completions.create({ ...paramsOf(config.model, request), stream: false }, { signal: guard.signal }));
        const completion = CompletionSchema.safeParse(answer);
        if (!completion.success) return { ok: false, error: malformed(completion.error) };
        const message = completion.data.choices[0]?.message;
        if (!message) return { ok: false, error: llmCallError('EMPTY_ANSWER') };
        const toolCalls = (message.tool_calls ?? []).flatMap((c) => (c.type === 'function' && c.function ? [{ name: c.function.name, arguments: c.function.arguments }] : []));
        return { ok: true, content: message.content ?? null, toolCalls };
      } catch (error) {
        return { ok: false, error: toCallError(error, guard.timedOut()) };
      } finally {
        guard.dispose();
      }
    },
    async *stream(request): AsyncGenerator<ChatStreamEvent> {
      const guard = watchdog(config.timeoutMs, request.signal);
      try {
        const stream = await withRetries(config.transportRetries, guard, () => client.chat.completions.create({ ...paramsOf(config.model, request), stream: true }, { signal: guard.signal }));
        const announced = new Set<number>();
        for await (const raw of stream) {
          guard.touch();
          const chunk = ChunkSchema.safeParse(raw);
          if (!chunk.success) {
            yield { type: 'error', error: malformed(chunk.error) };
            return;
          }
          const delta = chunk.data.choices[0]?.delta;
          if (delta?.content) yield { type: 'delta', text: delta.content };
          for (const call of delta?.tool_calls ?? []) {
            if (!announced.has(call.index) && call.function?.name) {
              announced.add(call.index);
              yield { type: 'tool-call', name: call.function.name };
            }
          }
        }
        yield { type: 'end' };
      } catch (error) {
        yield { type: 'error', error: toCallError(error, guard.timedOut()) };
      } finally {
        guard.dispose();
      }
    },
  };
}
