import { describe, expect, it } from 'vitest';
import { createLlmNeedEngine, createOpenAiChatModel, RECORD_UNDERSTANDING_TOOL, type LlmConfig, type LlmFallbackNotice } from '../../agent/llm/index.ts';
import { understandNeedText, type NeedContext } from '../../agent/need/index.ts';
import { messagesOf, reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';
import { scriptedServerPerFile } from './market-fixture.ts';

const CONTEXT: NeedContext = { now: new Date('2026-11-23T10:00:00.000Z'), defaultCurrency: 'EUR' };
const TEXT = 'waterproof trail shoes size 43 under 150 euros';

/** A valid structured answer for TEXT. */
function shoeAnswer(overrides: Record<string, unknown> = {}) {
  return needAnswer({ category: 'running-shoes', hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }, { attribute: 'terrain', op: 'eq', value: 'trail' }], budgetMinor: 15_000, ...overrides });
}

let server: ScriptedOpenAiServer;
const config = (overrides: Partial<LlmConfig> = {}): LlmConfig => scriptedLlmConfig(server, { apiKey: 'sk-test-123', ...overrides });

scriptedServerPerFile((started) => (server = started));

describe('LLM need engine against a scripted OpenAI-compatible server', () => {
  it('reads a valid structured answer into a need, sending a strict JSON-schema request', async () => {
    server.enqueue(reply.json(shoeAnswer()));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind).toBe('need');
    if (result.kind !== 'need') return;
    expect(result.need.category).toBe('running-shoes');
    expect(result.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
    expect(result.need.text).toBe(TEXT);
    expect(result.need.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 43 });
    expect(result.assumptions).toContain('quantity: 1 (none given)');
    expect(engine.name).toBe('llm:scripted-model');

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.authorization).toBe('Bearer sk-test-123');
    expect(request.body?.model).toBe('scripted-model');
    expect(request.body?.response_format?.type).toBe('json_schema');
    expect(request.body?.tools).toBeUndefined();
    const [system, user] = messagesOf(request);
    expect(system?.role).toBe('system');
    // The person's words travel as quoted data, never inside the instructions.
    expect(system?.text).not.toContain(TEXT);
    expect(user?.text).toContain(`"request": "${TEXT}"`);
  });

  it('reads the forced function call in tool mode, offering only the recording function', async () => {
    server.enqueue(reply.toolCall(RECORD_UNDERSTANDING_TOOL, shoeAnswer({ budgetMinor: null })));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config({ outputMode: 'tool' })) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind).toBe('need');
    // The model read no budget; the person's words state one, and theirs stands (red team 37).
    if (result.kind === 'need') expect(result.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
    const body = server.requests[0]!.body!;
    expect(body.tools?.map((t) => t.function.name)).toEqual([RECORD_UNDERSTANDING_TOOL]);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: RECORD_UNDERSTANDING_TOOL } });
    expect(body.response_format).toBeUndefined();
  });

  it('sends an invalid answer back once with the problems, and uses the corrected answer', async () => {
    server.enqueue(reply.json(shoeAnswer({ hardConstraints: [{ attribute: 'sparkle_level', op: 'eq', value: 9 }] })), reply.json(shoeAnswer()));
    const notices: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => notices.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind).toBe('need');
    expect(notices).toEqual([]);
    expect(server.requests).toHaveLength(2);
    const retry = messagesOf(server.requests[1]!);
    expect(retry.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(retry[3]!.text).toContain('"sparkle_level" is not an attribute of running-shoes');
  });

  it('falls back to the built-in engine after two invalid answers, and says so', async () => {
    server.enqueue(reply.text('Sure! You want shoes.'), reply.json({ kind: 'need', category: 'running-shoes' }));
    const notices: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => notices.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    const builtIn = understandNeedText(TEXT, CONTEXT);
    expect(server.requests).toHaveLength(2);
    expect(result.kind).toBe('need');
    if (result.kind !== 'need' || builtIn.kind !== 'need') return;
    expect(result.need).toEqual(builtIn.need);
    expect(result.assumptions[0]).toBe("the language model's answer was invalid (twice); I used the built-in engine instead");
    expect(result.assumptions.slice(1)).toEqual(builtIn.assumptions);
    expect(notices.map((n) => n.kind)).toEqual(['invalid-output']);
  });

  it('rejects type errors against the taxonomy (a string shoe size, a non-list "in")', async () => {
    server.enqueue(
      reply.json(shoeAnswer({ hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 'forty-three' }] })),
      reply.json(shoeAnswer({ hardConstraints: [{ attribute: 'terrain', op: 'in', value: 'trail' }] })),
    );
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind === 'need' && result.assumptions[0]?.startsWith("the language model's answer was invalid")).toBe(true);
    expect(messagesOf(server.requests[1]!)[3]!.text).toContain('size_eu takes a number');
  });

  it('falls back on HTTP 500 without retrying the output, naming the failure', async () => {
    server.enqueue(reply.error(500, 'model crashed'));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(server.requests).toHaveLength(1);
    expect(result.kind === 'need' && result.assumptions[0]).toBe('the language model endpoint returned an error (HTTP 500); I used the built-in engine instead');
  });

  it('lets the SDK retry a 503 once when transport retries are on', async () => {
    server.enqueue(reply.error(503), reply.json(shoeAnswer()));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config({ transportRetries: 1 })) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(server.requests).toHaveLength(2);
    expect(result.kind === 'need' && result.assumptions.some((a) => a.includes('built-in engine'))).toBe(false);
  });

  it('falls back when the model does not answer within the timeout', async () => {
    server.enqueue(reply.hang());
    const notices: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config({ timeoutMs: 300 })), onFallback: (n) => notices.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(notices[0]?.kind === 'call-failed' && notices[0].error.code).toBe('TIMEOUT');
    expect(result.kind === 'need' && result.assumptions[0]).toBe('the language model did not answer in time; I used the built-in engine instead');
  });

  it('falls back when the endpoint cannot be reached', async () => {
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config({ baseUrl: 'http://127.0.0.1:9/v1' })) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind === 'need' && result.assumptions[0]?.startsWith('the language model endpoint could not be reached')).toBe(true);
  });

  it('asks for the shoe size in code, then folds the answer into the pending need', async () => {
    server.enqueue(
      reply.json(shoeAnswer({ hardConstraints: [{ attribute: 'terrain', op: 'eq', value: 'trail' }], budgetMinor: null, currency: null })),
      reply.json(shoeAnswer({ category: null, hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 44 }], budgetMinor: null, currency: null })),
    );
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const first = await engine.understand('trail shoes', CONTEXT);
    expect(first.kind).toBe('clarify');
    if (first.kind !== 'clarify') return;
    expect(first.missing).toEqual(['size_eu']);
    const second = await engine.understand('44', { ...CONTEXT, previous: first.partial });
    expect(second.kind).toBe('need');
    if (second.kind !== 'need') return;
    expect(second.need.hardConstraints).toEqual([
      { attribute: 'terrain', op: 'eq', value: 'trail' },
      { attribute: 'size_eu', op: 'eq', value: 44 },
    ]);
    expect(second.need.text).toBe('trail shoes / 44');
    // The pending need goes to the model as data too.
    expect(messagesOf(server.requests[1]!)[1]!.text).toContain('"understoodSoFar"');
  });

  it('maps "unsupported" and reads a bare-date deadline as the end of that day, UTC', async () => {
    server.enqueue(reply.json(shoeAnswer({ kind: 'unsupported', category: null, message: 'I cannot shop for sofas yet.' })), reply.json(shoeAnswer({ deadline: '2026-11-27' })));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    expect(await engine.understand('a sofa', CONTEXT)).toEqual({ kind: 'unsupported', message: 'I cannot shop for sofas yet.', notUnderstood: [] });
    const dated = await engine.understand(`${TEXT} by friday`, CONTEXT);
    expect(dated.kind === 'need' && dated.need.deadline).toBe('2026-11-27T23:59:59.999Z');
  });

  it('accepts JSON wrapped in a markdown fence (some local servers do that)', async () => {
    server.enqueue(reply.text(`\`\`\`json\n${JSON.stringify(shoeAnswer())}\n\`\`\``));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind === 'need' && result.need.budget?.amountMinor).toBe(15_000);
    expect(server.requests).toHaveLength(1);
  });
});
