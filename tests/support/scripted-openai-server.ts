import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** The parts of a chat-completions request body the tests look at (tolerant: everything else is kept raw). */
export const ChatRequestBodySchema = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.union([z.string(), z.null(), z.array(z.unknown())]).optional() })),
  stream: z.boolean().optional(),
  response_format: z.looseObject({ type: z.string() }).optional(),
  tools: z.array(z.looseObject({ type: z.string(), function: z.looseObject({ name: z.string() }) })).optional(),
  tool_choice: z.unknown().optional(),
});
export type ChatRequestBody = z.infer<typeof ChatRequestBodySchema>;

/** One request the server received, as recorded for assertions. */
export interface RecordedRequest {
  readonly index: number;
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  /** The parsed body, or undefined when it was not a valid chat-completions body. */
  readonly body: ChatRequestBody | undefined;
  readonly rawBody: string;
}

/** A tool call the scripted model makes. */
export interface ScriptedToolCall {
  readonly name: string;
  /** The arguments, as the JSON text the model "wrote" (may be deliberately invalid). */
  readonly arguments: string;
}

/** What the scripted model answers to one request. */
export type ScriptedReply =
  | {
      readonly kind: 'answer';
      readonly content: string | null;
      readonly toolCalls?: readonly ScriptedToolCall[];
      /** Wait this long before answering (for timeout tests). */
      readonly delayMs?: number;
      /** For streaming requests: how the content is cut into chunks (default: words). */
      readonly chunks?: readonly string[];
      /** For streaming requests: cut the connection after this many content chunks, without [DONE]. */
      readonly dropAfterChunks?: number;
      /** For streaming requests: send the chunks over and over, never [DONE], until the client goes away. */
      readonly endless?: boolean;
      /** For endless streams: wait this long between chunks (a model that trickles forever). */
      readonly chunkDelayMs?: number;
    }
  | { readonly kind: 'error'; readonly status: number; readonly message: string }
  /** Answers HTTP 200 with this exact JSON body, whatever its shape (a server that breaks the API's types). */
  | { readonly kind: 'raw'; readonly body: unknown }
  /** Never answers (the client must time out). */
  | { readonly kind: 'hang' };

/** Builders for scripted replies. */
export const reply = {
  /** Plain assistant text (streamed word by word when the request streams). */
  text: (content: string, extra: { delayMs?: number; chunks?: readonly string[]; dropAfterChunks?: number } = {}): ScriptedReply => ({ kind: 'answer', content, ...extra }),
  /** A stream that never ends: `content` (cut into words) is sent again and again until the client disconnects. */
  endless: (content: string, extra: { chunkDelayMs?: number } = {}): ScriptedReply => ({ kind: 'answer', content, endless: true, ...extra }),
  /** Assistant content that is the JSON of `value` (structured output). */
  json: (value: unknown, extra: { delayMs?: number } = {}): ScriptedReply => ({ kind: 'answer', content: JSON.stringify(value), ...extra }),
  /** A tool call with JSON arguments (or raw argument text when `value` is a string). */
  toolCall: (name: string, value: unknown, content: string | null = null): ScriptedReply => ({
    kind: 'answer',
    content,
    toolCalls: [{ name, arguments: typeof value === 'string' ? value : JSON.stringify(value) }],
  }),
  error: (status: number, message = `scripted error ${status}`): ScriptedReply => ({ kind: 'error', status, message }),
  hang: (): ScriptedReply => ({ kind: 'hang' }),
  /** HTTP 200 with exactly this JSON body (for answers that break the chat-completions types). */
  raw: (body: unknown): ScriptedReply => ({ kind: 'raw', body }),
};

/** A script: a queue of replies (one per request, in order) or a function of the request. */
export type Script = readonly ScriptedReply[] | ((request: RecordedRequest) => ScriptedReply | Promise<ScriptedReply>);

/** A running scripted server. */
export interface ScriptedOpenAiServer {
  /** Base URL to give the openai SDK, e.g. http://127.0.0.1:49152/v1 */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Appends replies to the queue (queue scripts only). */
  enqueue(...replies: ScriptedReply[]): void;
  /** How many responses are still open (an endless stream stays open until its client goes away). */
  openResponses(): number;
  /** Replaces the script. */
  setScript(script: Script): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function toolCallsOf(calls: readonly ScriptedToolCall[] | undefined, id: number) {
  return (calls ?? []).map((c, i) => ({ id: `call_${id}_${i}`, type: 'function' as const, function: { name: c.name, arguments: c.arguments } }));
}

function completion(answer: Extract<ScriptedReply, { kind: 'answer' }>, model: string, id: number) {
  const toolCalls = toolCallsOf(answer.toolCalls, id);
  return {
    id: `chatcmpl-scripted-${id}`,
    object: 'chat.completion',
    created: 1_764_000_000 + id,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: answer.content, refusal: null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) },
        finish_reason: toolCalls.length ? 'tool_calls' : 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function chunk(model: string, id: number, delta: Record<string, unknown>, finish: string | null) {
  return { id: `chatcmpl-scripted-${id}`, object: 'chat.completion.chunk', created: 1_764_000_000 + id, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] };
}

function wordsOf(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

async function stream(res: ServerResponse, answer: Extract<ScriptedReply, { kind: 'answer' }>, model: string, id: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const send = (value: unknown) => res.write(`data: ${JSON.stringify(value)}\n\n`);
  send(chunk(model, id, { role: 'assistant', content: '' }, null));
  const pieces = answer.chunks ?? (answer.content === null ? [] : wordsOf(answer.content));
  if (answer.endless && pieces.length > 0) {
    for (let i = 0; !res.destroyed; i++) {
      const flushed = send(chunk(model, id, { content: pieces[i % pieces.length] }, null));
      // Respect backpressure (a client that stopped reading must not make the test server buffer without end).
      if (!flushed) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
      if (answer.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, answer.chunkDelayMs));
      else await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  for (const [i, piece] of pieces.entries()) {
    if (answer.dropAfterChunks !== undefined && i >= answer.dropAfterChunks) {
      res.destroy();
      return;
    }
    send(chunk(model, id, { content: piece }, null));
    // Yield to the event loop so the client really receives the chunks one by one.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const calls = toolCallsOf(answer.toolCalls, id);
  for (const [index, call] of calls.entries()) {
    send(chunk(model, id, { tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: call.function.arguments } }] }, null));
  }
  send(chunk(model, id, {}, calls.length ? 'tool_calls' : 'stop'));
  res.write('data: [DONE]\n\n');
  res.end();
}

/**
 * Starts a real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API (`POST /v1/chat/completions`:
 * JSON answers, SSE streams ending in `data: [DONE]`, tool calls, HTTP errors, hangs) with scripted answers, and
 * records every request. Tests point the real openai SDK at `baseUrl`.
 */
export async function startScriptedOpenAiServer(initial: Script = []): Promise<ScriptedOpenAiServer> {
  let script: Script = initial;
  let queue: ScriptedReply[] = Array.isArray(initial) ? [...(initial as readonly ScriptedReply[])] : [];
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const rawBody = await readBody(req);
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      json = undefined;
    }
    const parsed = ChatRequestBodySchema.safeParse(json);
    const recorded: RecordedRequest = {
      index: requests.length,
      method: req.method ?? '',
      path: (req.url ?? '').split('?')[0] ?? '',
      authorization: req.headers.authorization,
      body: parsed.success ? parsed.data : undefined,
      rawBody,
    };
    requests.push(recorded);
    if (recorded.method !== 'POST' || recorded.path !== '/v1/chat/completions') {
      sendJson(res, 404, { error: { message: `no route ${recorded.method} ${recorded.path}`, type: 'invalid_request_error' } });
      return;
    }
    if (!parsed.success) {
      sendJson(res, 400, { error: { message: `invalid body: ${parsed.error.message}`, type: 'invalid_request_error' } });
      return;
    }
    let scripted: ScriptedReply;
    if (typeof script === 'function') scripted = await script(recorded);
    else scripted = queue.shift() ?? { kind: 'error', status: 500, message: 'the script ran out of replies' };
    if (scripted.kind === 'hang') return;
    if (scripted.kind === 'error') {
      sendJson(res, scripted.status, { error: { message: scripted.message, type: 'server_error', code: null } });
      return;
    }
    if (scripted.kind === 'raw') {
      sendJson(res, 200, scripted.body);
      return;
    }
    if (scripted.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
    if (res.destroyed) return;
    const model = parsed.data.model;
    if (parsed.data.stream) await stream(res, scripted, model, recorded.index);
    else sendJson(res, 200, completion(scripted, model, recorded.index));
  });
  // An idle connection stays open for two minutes (Node's default is 5 s): a test that waits between two calls on a
  // loaded machine must not meet the race where the server closes the socket the client is reusing ("Connection
  // error." with retries 0; the CI run on 88f53d5 at load 30 failed so in tests/cli/model-text-on-terminal).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    openResponses: () => open.size,
    setScript: (next) => {
      script = next;
      queue = Array.isArray(next) ? [...(next as readonly ScriptedReply[])] : [];
    },
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The text of every message of a recorded request, by role (array contents are joined). */
export function messagesOf(request: RecordedRequest): Array<{ role: string; text: string }> {
  return (request.body?.messages ?? []).map((m) => ({
    role: m.role,
    text: typeof m.content === 'string' ? m.content : Array.isArray(m.content) ? m.content.map((p) => (typeof p === 'object' && p !== null && 'text' in p ? String((p as { text: unknown }).text) : '')).join('') : '',
  }));
}
