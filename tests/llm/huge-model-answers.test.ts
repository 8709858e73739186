import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES, createLlmNeedEngine, createOpenAiChatModel, type LlmFallbackNotice } from '../../agent/llm/index.ts';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { scriptedLlmConfig } from '../support/llm-answers.ts';
import { scriptedServerPerFile } from './market-fixture.ts';

// An endpoint answering far more than any answer the butler asks for (a need reading is a few kilobytes). On 139a789
// the SDK buffered it whole: a 150 MB answer held the need reader for about 8 s and grew the process by about 1 GB
// before the butler found it unusable (twice: the invalid answer is retried once).

const CONTEXT = { now: new Date('2026-11-23T10:00:00.000Z'), defaultCurrency: 'EUR' };
const HUGE = 24 * 1024 * 1024;
let server: ScriptedOpenAiServer;
scriptedServerPerFile((started) => (server = started));

/** An endpoint that streams a chat completion whose content never ends, with no content length (chunked). */
let chunked: Server;
let chunkedUrl: string;
let bytesSent = 0;
beforeAll(async () => {
  chunked = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"');
    const piece = 'y'.repeat(64 * 1024);
    const pump = () => {
      while (!res.destroyed && bytesSent < HUGE) {
        bytesSent += piece.length;
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end('"}}]}');
    };
    pump();
  });
  await new Promise<void>((resolve) => chunked.listen(0, '127.0.0.1', resolve));
  chunkedUrl = `http://127.0.0.1:${(chunked.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  chunked.closeAllConnections();
  await new Promise<void>((resolve) => chunked.close(() => resolve()));
});

describe('a model answer past the byte limit is refused as too long, without reading it all', () => {
  it('a declared length: the call fails ANSWER_TOO_LONG and the built-in reader answers', async () => {
    server.setScript([reply.text('x'.repeat(HUGE)), reply.text('x'.repeat(HUGE))]);
    const notices: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(scriptedLlmConfig(server)), onFallback: (n) => notices.push(n) });
    const understanding = await engine.understand('waterproof trail shoes size 43', CONTEXT);
    expect(understanding.kind).not.toBe('unsupported');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind === 'call-failed' && notices[0]!.error.code).toBe('ANSWER_TOO_LONG');
  });

  it('a chunked answer: reading stops soon after the limit', async () => {
    const model = createOpenAiChatModel(scriptedLlmConfig(server, { baseUrl: chunkedUrl, timeoutMs: 20_000 }));
    const answer = await model.complete({ messages: [{ role: 'user', content: 'hi' }], output: { kind: 'text' } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('ANSWER_TOO_LONG');
    // The connection was let go: the endpoint could not push the whole answer through.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bytesSent).toBeLessThan(HUGE);
    expect(MAX_ANSWER_BYTES).toBeLessThan(HUGE / 4);
  });
});
