import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import type { BrandAgentDefinition } from '../../brand-agent/index.ts';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { MARKET_NOW, shoeEntry, type SmallMarket } from '../support/small-market.ts';

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
