import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import type { BrandAgentDefinition } from '../../brand-agent/index.ts';
import { createLlmNeedEngine, createOpenAiChatModel, explainRankingWithLlm, type ExplanationEvent } from '../../agent/llm/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';
import { scriptedLlmConfig } from '../support/llm-answers.ts';
import type { ShoppingResult } from '../../agent/butler/index.ts';
import { reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { MARKET_NOW, openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';

const clock = () => MARKET_NOW;

/** A calm honest brand, and a brand whose texts carry injections (the reference prompt-injector strategy). */
export function explanationMarket(extraTitle = ''): BrandAgentDefinition[] {
  return [
    createStrategyBrand({
      id: 'calm-runners',
      name: 'Calm Runners',
      strategy: 'honest',
      categories: ['running-shoes'],
      catalog: [shoeEntry('calm-ridge-43', 'Calm Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })],
      clock,
    }),
    createStrategyBrand({
      id: 'sly-shoes',
      name: 'Sly Shoes',
      strategy: 'prompt-injector',
      categories: ['running-shoes'],
      catalog: [shoeEntry('sly-peak-43', `Sly Peak trail shoe${extraTitle}`, 12_500, { terrain: 'trail', waterproof: true })],
      clock,
    }),
  ];
}

/** A scripted model server and the explanation market (`extraTitle` as in `explanationMarket`), having shopped `request` once. */
export async function openShoppedExplanationMarket(request: string, extraTitle = ''): Promise<{ server: ScriptedOpenAiServer; market: SmallMarket; result: ShoppingResult }> {
  const server = await startScriptedOpenAiServer();
  const market = await openSmallMarket({ brands: explanationMarket(extraTitle) });
  const understanding = await market.understand(request);
  if (understanding.kind !== 'need') throw new Error('expected a need');
  return { server, market, result: await market.shop(understanding.need) };
}

/**
 * The hooks every file here needs around its one scripted model server and one market: both closed after the file's
 * tests, and the server's script and recorded requests emptied before each test (so a test reads only its own requests).
 */
export function closeAndResetEachTest(get: () => { readonly server: ScriptedOpenAiServer; readonly market: SmallMarket }): void {
  afterAll(async () => {
    const { server, market } = get();
    await market.close();
    await server.close();
  });
  beforeEach(() => {
    const { server } = get();
    server.setScript([]);
    server.requests.length = 0;
  });
}

/**
 * A scripted model server and a market of one honest running-shoes brand, Peak Store, selling `catalog`, whose
 * requests are read by the LLM need engine on that server. Close with `closeAndResetEachTest`.
 */
export async function openLlmPeakStore(catalog: readonly CatalogEntry[]): Promise<{ server: ScriptedOpenAiServer; market: SmallMarket }> {
  const server = await startScriptedOpenAiServer();
  const brand = createStrategyBrand({ id: 'peak-store', name: 'Peak Store', strategy: 'honest', categories: ['running-shoes'], catalog: [...catalog], clock });
  const market = await openSmallMarket({ brands: [brand], needEngine: createLlmNeedEngine({ model: createOpenAiChatModel(scriptedLlmConfig(server)) }) });
  return { server, market };
}

/**
 * One scripted model server for a file's tests, handed to `bind` once started: closed after the file's tests, its script
 * and recorded requests emptied before each test. For the files that need no market.
 */
export function scriptedServerPerFile(bind: (server: ScriptedOpenAiServer) => void): void {
  let server: ScriptedOpenAiServer | undefined;
  beforeAll(async () => {
    server = await startScriptedOpenAiServer();
    bind(server);
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    server?.setScript([]);
    if (server) server.requests.length = 0;
  });
}

/**
 * The scripted model explaining a file's ranking: `explain(text)` has the model answer `text` and returns what was shown
 * to the person and the sentences withheld.
 */
export function scriptedExplainer(get: () => { readonly server: ScriptedOpenAiServer; readonly market: SmallMarket; readonly result: ShoppingResult }) {
  const model = () => createOpenAiChatModel({ baseUrl: get().server.baseUrl, apiKey: 'k', model: 'scripted-model', timeoutMs: 2_000, transportRetries: 0, outputMode: 'json-schema' });
  const input = (language: 'en' | 'fr') => {
    const { market, result } = get();
    return { ranking: result.ranking, explanation: result.explanation, need: { ...result.need, language }, brandNames: new Map(market.brands().map((b) => [b.card.id, b.card.name])) };
  };
  return async (text: string, language: 'en' | 'fr' = 'en'): Promise<{ shown: string; withheld: string[] }> => {
    get().server.enqueue(reply.text(text));
    const events: ExplanationEvent[] = [];
    for await (const e of explainRankingWithLlm(input(language), { model: model() })) events.push(e);
    return { shown: events.filter((e) => e.type === 'token').map((e) => (e.type === 'token' ? e.text : '')).join(''), withheld: events.flatMap((e) => (e.type === 'withheld' ? [e.sentence] : [])) };
  };
}
