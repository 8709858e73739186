// Red team 40, the LLM path: an endpoint that answers 429 or 503 with a `retry-after` of an hour. The SDK did its own
// retries and slept whatever the endpoint asked, in a timer no signal could end: on 0220d75 a need reading with a
// 500 ms timeout and one transport retry waited the full hour (the watchdog's abort reached the SDK only after its
// sleep). Now the retries are the butler's: bounded by the retry count and by the call's time.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiChatModel, type ChatModel, type LlmConfig } from '../../agent/llm/index.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** An endpoint answering every request with `status` and `headers`, counting the requests. */
async function refusingEndpoint(status: number, headers: Record<string, string>): Promise<{ baseUrl: string; requests: () => number }> {
  let requests = 0;
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    req.resume();
    const body = JSON.stringify({ error: { message: 'slow down', type: 'rate_limit', code: null } });
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests: () => requests };
}

const modelAt = (baseUrl: string, overrides: Partial<LlmConfig> = {}): ChatModel =>
  createOpenAiChatModel({ baseUrl, apiKey: 'k', model: 'm', timeoutMs: 500, transportRetries: 1, outputMode: 'json-schema', ...overrides });

const request = { messages: [{ role: 'user' as const, content: 'hello' }], output: { kind: 'text' as const } };

describe('an endpoint that asks the butler to come back much later', () => {
  for (const [status, headers] of [
    [429, { 'retry-after': '3600' }],
    [503, { 'retry-after-ms': '3600000' }],
    [429, { 'retry-after': new Date(Date.now() + 86_400_000).toUTCString() }],
  ] as const) {
    it(`(fixed) HTTP ${status} with ${Object.keys(headers)[0]} of an hour or more ends the call within its timeout`, async () => {
      const endpoint = await refusingEndpoint(status, headers);
      const started = Date.now();
      const reply = await modelAt(endpoint.baseUrl).complete(request);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.code).toBe('HTTP_ERROR');
    }, 20_000);
  }

  it('(fixed) the streamed path too', async () => {
    const endpoint = await refusingEndpoint(429, { 'retry-after': '3600' });
    const started = Date.now();
    const events = [];
    for await (const event of modelAt(endpoint.baseUrl).stream(request)) events.push(event);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'HTTP_ERROR' } });
  }, 20_000);

  it('a short wait it asks for is honoured, as many times as the retries allow and no more', async () => {
    const endpoint = await refusingEndpoint(429, { 'retry-after-ms': '10' });
    const reply = await modelAt(endpoint.baseUrl, { transportRetries: 3, timeoutMs: 5_000 }).complete(request);
    expect(reply.ok).toBe(false);
    expect(endpoint.requests()).toBe(4);
  }, 20_000);

  it('a 400 is not retried', async () => {
    const endpoint = await refusingEndpoint(400, {});
    const reply = await modelAt(endpoint.baseUrl, { transportRetries: 3, timeoutMs: 5_000 }).complete(request);
    expect(reply.ok).toBe(false);
    expect(endpoint.requests()).toBe(1);
  }, 20_000);
});
