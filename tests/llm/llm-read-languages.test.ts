import { toMinorUnits } from '../../protocol/index.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmNeedEngine, createOpenAiChatModel } from '../../agent/llm/index.ts';
import type { NeedContext } from '../../agent/need/index.ts';
import { messagesOf, reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';

// lang38: whatever language the built-in reader recognises, the LLM path accepts it: the model is asked to write to
// the person in it if it can, the need records it, and the butler's own words stay English with a "Read in" note.

const CONTEXT: NeedContext = { now: new Date('2027-10-07T14:00:00.000Z'), defaultCurrency: 'EUR' };

let server: ScriptedOpenAiServer;
const engine = () => createLlmNeedEngine({ model: createOpenAiChatModel(scriptedLlmConfig(server)) });

beforeAll(async () => {
  server = await startScriptedOpenAiServer();
});
afterAll(async () => server.close());
beforeEach(() => server.setScript([]));

const REQUESTS = [
  ['ru', 'Russian', 'Ищу беспроводные наушники, до 15000 рублей', 'RUB', 15000],
  ['el', 'Greek', 'Ψάχνω ασύρματα ακουστικά, μέχρι 200 ευρώ', 'EUR', 200],
  ['tr', 'Turkish', 'Kablosuz kulaklık arıyorum, en fazla 3000 TL', 'TRY', 3000],
  ['cs', 'Czech', 'Hledám bezdrátová sluchátka, do 5000 Kč', 'CZK', 5000],
  ['ro', 'Romanian', 'Caut căști wireless, până la 1000 de lei', 'RON', 1000],
  ['ja', 'Japanese', 'ワイヤレスヘッドホンを探しています、3万円以下', 'JPY', 30000],
] as const;

describe('the LLM need engine reads the languages the built-in reader recognises', () => {
  it.each(REQUESTS)('[%s] tells the model the person writes in %s, records the language and keeps the budget the words state', async (code, name, text, currency, major) => {
    server.enqueue(reply.json(needAnswer({ category: 'headphones', hardConstraints: [{ attribute: 'wireless', op: 'eq', value: true }], assumptions: ['(model note)'] })));
    const result = await engine().understand(text, CONTEXT);
    const [system] = messagesOf(server.requests.at(-1)!);
    expect(system!.text).toContain(`The person writes in ${name}`);
    expect(result.kind).toBe('need');
    if (result.kind !== 'need') return;
    expect(result.need.language).toBe(code);
    expect(result.need.text).toBe(text);
    // The butler's own words are English and say which language was read; the model's note is kept.
    expect(result.assumptions).toContain(`Read in ${name}; I answer in English.`);
    // The model read no budget; the one the words state (read through the gloss) is the need's, in its currency.
    expect(result.need.budget?.currency).toBe(currency);
    expect(result.need.budget?.amountMinor).toBe(toMinorUnits(major, currency));
    expect(result.assumptions).toContain('(model note)');
    expect(result.assumptions).toContain('quantity: 1 (none given)');
  });

  it('leaves an English request as it was: no language sentence, no note', async () => {
    server.enqueue(reply.json(needAnswer({ category: 'headphones' })));
    const result = await engine().understand('wireless headphones under 200 euros', CONTEXT);
    const [system] = messagesOf(server.requests.at(-1)!);
    expect(system!.text).not.toContain('The person writes in');
    expect(result.kind === 'need' && result.need.language).toBe(undefined);
    expect(result.kind === 'need' && result.assumptions.some((a) => a.startsWith('Read in'))).toBe(false);
  });
});
