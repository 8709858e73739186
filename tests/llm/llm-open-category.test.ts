import { describe, expect, it } from 'vitest';
import { createLlmNeedEngine, createOpenAiChatModel, needInstructions, type LlmConfig, type LlmFallbackNotice } from '../../agent/llm/index.ts';
import { marketVocabularyOf, understandNeedText, type NeedContext } from '../../agent/need/index.ts';
import { messagesOf, reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';
import { scriptedServerPerFile } from './market-fixture.ts';

// The LLM engine maps requests to the same taxonomy as the built-in one: the categories the connected brands sell,
// with their declared attributes; an id outside the taxonomy is an invalid answer, retried then handed to the fallback.

const market = marketVocabularyOf([
  {
    categories: ['1026', 'running-shoes'],
    attributeSchemas: [
      {
        category: '1026',
        attributes: [
          { name: 'bike_type', type: 'enum', values: ['road', 'mountain', 'city', 'kids'], labels: { en: 'Bike type', fr: 'Type de vélo' }, description: 'Kind of bike' },
          { name: 'weight_kg', type: 'number', unit: 'kg', labels: { en: 'Weight' }, description: 'Weight' },
        ],
      },
    ],
  },
]);
const CONTEXT: NeedContext = { now: new Date('2026-11-23T10:00:00.000Z'), defaultCurrency: 'EUR', market };
const TEXT = 'a road bike under 500 euros';

function bikeAnswer(overrides: Record<string, unknown> = {}) {
  return needAnswer({ category: '1026', hardConstraints: [{ attribute: 'bike_type', op: 'eq', value: 'road' }], budgetMinor: 50_000, ...overrides });
}

let server: ScriptedOpenAiServer;
const config = (): LlmConfig => scriptedLlmConfig(server);

scriptedServerPerFile((started) => (server = started));

describe('LLM need engine over an open market', () => {
  it("tells the model the market's categories (taxonomy ids and paths) and declared attributes, and reads a need in one", async () => {
    server.enqueue(reply.json(bikeAnswer()));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind).toBe('need');
    if (result.kind !== 'need') return;
    expect(result.need.category).toBe('1026');
    expect(result.need.hardConstraints).toEqual([{ attribute: 'bike_type', op: 'eq', value: 'road' }]);
    expect(result.need.budget).toEqual({ amountMinor: 50_000, currency: 'EUR' });
    const [system, user] = messagesOf(server.requests[0]!);
    // The categories and what the brands declared for them travel as a quoted data block, never in the instructions.
    expect(user?.text).toContain('"- 1026 = Sporting Goods \\u003e Outdoor Recreation \\u003e Cycling \\u003e Bicycles: bike_type (one of road|mountain|city|kids), weight_kg (number, kg)"');
    expect(user?.text).toContain('<data name="market" trust="untrusted-brand-content">');
    expect(system?.text).not.toContain('bike_type');
    expect(system?.text).toBe(needInstructions(market));
    // The JSON schema asks for a string id: the list lives in the instructions, the check in code.
    expect(JSON.stringify(server.requests[0]!.body?.response_format)).toContain('"category"');
  });

  it('sends an id outside the taxonomy back once, and uses the corrected answer', async () => {
    server.enqueue(reply.json(bikeAnswer({ category: 'road-bikes' })), reply.json(bikeAnswer()));
    const notices: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => notices.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    expect(result.kind === 'need' && result.need.category).toBe('1026');
    expect(notices).toEqual([]);
    const retry = messagesOf(server.requests[1]!);
    expect(retry[3]!.text).toContain('"road-bikes" is not a listed category id');
  });

  it('falls back to the built-in engine (same market) after two unknown ids, and says so', async () => {
    server.enqueue(reply.json(bikeAnswer({ category: '99999999' })), reply.json(bikeAnswer({ category: 'bicycles' })));
    const notices: LlmFallbackNotice[] = [];
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()), onFallback: (n) => notices.push(n) });
    const result = await engine.understand(TEXT, CONTEXT);
    const builtIn = understandNeedText(TEXT, CONTEXT);
    expect(notices.map((n) => n.kind)).toEqual(['invalid-output']);
    expect(result.kind).toBe('need');
    if (result.kind !== 'need' || builtIn.kind !== 'need') return;
    expect(result.need).toEqual(builtIn.need);
    expect(result.need.category).toBe('1026');
  });

  it("rejects attributes the brands did not declare for the category, and values outside a declared enum", async () => {
    server.enqueue(
      reply.json(bikeAnswer({ hardConstraints: [{ attribute: 'frame_colour', op: 'eq', value: 'red' }] })),
      reply.json(bikeAnswer({ hardConstraints: [{ attribute: 'bike_type', op: 'eq', value: 'tandem' }] })),
    );
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand(TEXT, CONTEXT);
    const retry = messagesOf(server.requests[1]!);
    expect(retry[3]!.text).toContain('"frame_colour" is not an attribute of 1026');
    expect(result.kind === 'need' && result.assumptions[0]?.startsWith("the language model's answer was invalid")).toBe(true);
  });

  it('a real taxonomy node no connected brand sells is said plainly, with how a shop joins', async () => {
    server.enqueue(reply.json(bikeAnswer({ kind: 'unsupported', category: '1046', hardConstraints: [], budgetMinor: null, message: 'No golf here.' })));
    const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config()) });
    const result = await engine.understand('a set of golf clubs', CONTEXT);
    expect(result.kind).toBe('unsupported');
    if (result.kind === 'unsupported') expect(result.message).toMatch(/No brand you have connected sells golf clubs \(Google product taxonomy 1046.*--feed/);
  });
});
