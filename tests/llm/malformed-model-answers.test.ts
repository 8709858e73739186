import { describe, expect, it } from 'vitest';
import { createLlmNeedEngine, createOpenAiChatModel, explainRankingWithLlm, RECORD_UNDERSTANDING_TOOL, type ExplanationEvent, type LlmConfig, type LlmFallbackNotice } from '../../agent/llm/index.ts';
import type { NeedContext } from '../../agent/need/index.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { openSmallMarket } from '../support/small-market.ts';
import { explanationMarket, scriptedServerPerFile } from './market-fixture.ts';

const CONTEXT: NeedContext = { now: new Date('2026-11-23T10:00:00.000Z'), defaultCurrency: 'EUR' };
const TEXT = 'waterproof trail shoes size 43 under 150 euros';
const SHOES = needAnswer({ category: 'running-shoes', hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }, { attribute: 'terrain', op: 'eq', value: 'trail' }], budgetMinor: 15_000 });

let server: ScriptedOpenAiServer;
const config = (overrides: Partial<LlmConfig> = {}): LlmConfig => scriptedLlmConfig(server, overrides);

scriptedServerPerFile((started) => (server = started));

/** A chat completion whose assistant message is `message` (whatever its types). */
function completionWith(message: Record<string, unknown>) {
  return { id: 'chatcmpl-raw', object: 'chat.completion', created: 1_764_000_000, model: 'scripted-model', choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop' }] };
}

describe('the LLM need engine reads whatever the model answers without crashing or freezing', () => {
  it('reads a fenced answer that a long run of blank lines precedes and no closing fence ends (a local model cut at its token limit)', async () => {
    // On 6f5619c the fence was stripped by a regular expression whose three overlapping quantifiers backtrack in
    // cubic time over such a run: 4,000 newlines held the event loop (the whole web app) for tens of seconds, then
    // the answer was judged invalid. It is stripped by plain string operations now, in linear time.
    server.enqueue(reply.text(`\`\`\`json${'\n'.repeat(4_000)}${JSON.stringify(SHOES)}`));
    const fallbacks: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => fallbacks.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(fallbacks).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(result.kind === 'need' && result.need.budget?.amountMinor).toBe(15_000);
  });

  it.each([
    ['content is a number', completionWith({ content: 42 })],
    ['content is an object', completionWith({ content: { kind: 'need' } })],
    ['tool_calls is not a list', completionWith({ content: null, tool_calls: 'record_understanding' })],
    ['choices is not a list', { id: 'x', object: 'chat.completion', choices: { message: 'hi' } }],
  ])('falls back to the built-in engine, saying so, when the endpoint answers with wrong types (%s)', async (_label, body) => {
    server.enqueue(reply.raw(body));
    const fallbacks: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => fallbacks.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind).toBe('need');
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]).toMatchObject({ kind: 'call-failed', error: { code: 'MALFORMED_ANSWER' } });
    expect(result.kind === 'need' && result.assumptions[0]).toContain('built-in engine');
  });

  it('falls back in tool mode when the recording call carries its arguments as an object instead of JSON text', async () => {
    server.enqueue(reply.raw(completionWith({ content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: RECORD_UNDERSTANDING_TOOL, arguments: SHOES } }] })));
    const fallbacks: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config({ outputMode: 'tool' })), onFallback: (n) => fallbacks.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind).toBe('need');
    expect(fallbacks.map((n) => n.kind === 'call-failed' && n.error.code)).toEqual(['MALFORMED_ANSWER']);
  });

  it('keeps extra fields of a well-typed completion harmless (tolerant inbound)', async () => {
    server.enqueue(reply.raw({ ...completionWith({ content: JSON.stringify(SHOES), audio: null, annotations: [] }), system_fingerprint: 'fp', service_tier: 'default' }));
    const fallbacks: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => fallbacks.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(fallbacks).toEqual([]);
    expect(result.kind === 'need' && result.need.budget?.amountMinor).toBe(15_000);
  });
});

describe('the streamed explanation reads whatever the model streams', () => {
  it('ends with the built-in text and a notice when a streamed tool call has a name that is not text', async () => {
    const market = await openSmallMarket({ brands: explanationMarket() });
    try {
      const understanding = await market.understand(TEXT);
      if (understanding.kind !== 'need') throw new Error('expected a need');
      const result = await market.shop(understanding.need);
      // A streamed answer whose only delta is a tool call named 7: the SDK passes it through as is.
      server.setScript(() => ({ kind: 'answer', content: null, toolCalls: [{ name: 7 as unknown as string, arguments: '{}' }] }));
      const events: ExplanationEvent[] = [];
      const input = { ranking: result.ranking, explanation: result.explanation, need: result.need, brandNames: new Map(market.brands().map((b) => [b.card.id, b.card.name])) };
      for await (const event of explainRankingWithLlm(input, { model: createOpenAiChatModel(config()) })) events.push(event);
      const last = events.at(-1);
      expect(last?.type).toBe('done');
      expect(last?.type === 'done' && last.source).toBe('built-in');
    } finally {
      await market.close();
    }
  });
});
