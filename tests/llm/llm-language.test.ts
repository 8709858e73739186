import { beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingResult } from '../../agent/butler/index.ts';
import { EXPLAIN_INSTRUCTIONS, createLlmNeedEngine, createOpenAiChatModel, explainRankingWithLlm, needInstructions, type ExplanationEvent, type LlmConfig } from '../../agent/llm/index.ts';
import type { NeedContext } from '../../agent/need/index.ts';
import { messagesOf, reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { openSmallMarket, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, explanationMarket } from './market-fixture.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';

// Issue 13 §4 with the LLM engine: a French request makes the model write its questions and explanations in French
// (the language is chosen by our detector and said in our instructions), and what code says is French too.

const CONTEXT: NeedContext = { now: new Date('2026-11-23T10:00:00.000Z'), defaultCurrency: 'EUR' };
const FRENCH = 'The person writes in French';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function answer(overrides: Record<string, unknown> = {}) {
  return needAnswer({ category: 'running-shoes', hardConstraints: [{ attribute: 'waterproof', op: 'eq', value: true }, { attribute: 'terrain', op: 'eq', value: 'trail' }], budgetMinor: 15_000, ...overrides });
}

let server: ScriptedOpenAiServer;
let market: SmallMarket;
let french: ShoppingResult;
const config = (): LlmConfig => scriptedLlmConfig(server);
const engine = () => createLlmNeedEngine({ model: createOpenAiChatModel(config()) });

async function collect(events: AsyncIterable<ExplanationEvent>): Promise<ExplanationEvent[]> {
  const out: ExplanationEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

beforeAll(async () => {
  server = await startScriptedOpenAiServer();
  market = await openSmallMarket({ brands: explanationMarket('Calm Ridge') });
  const understanding = await market.understand('chaussures de trail imperméables pointure 43 à moins de 150 euros');
  if (understanding.kind !== 'need') throw new Error('expected a need');
  french = await market.shop(understanding.need);
});
closeAndResetEachTest(() => ({ server, market }));

describe('the LLM need engine answers in the request’s language', () => {
  it('asks the model for French questions when the request is French, and asks its own questions in French', async () => {
    server.enqueue(reply.json(answer()));
    const result = await engine().understand('des chaussures de trail imperméables à moins de 150 euros', CONTEXT);
    const [system] = messagesOf(server.requests[0]!);
    expect(system!.text.startsWith(needInstructions())).toBe(true);
    expect(system!.text).toContain(FRENCH);
    // The shoe size is asked by code, in French; the pending need remembers the language.
    expect(result.kind).toBe('clarify');
    if (result.kind !== 'clarify') return;
    expect(result.question).toBe('Quelle pointure vous faut-il (pointure européenne, par exemple 42 ou 42,5) ?');
    expect(result.partial.language).toBe('fr');

    // The answer "43" says nothing of its language: the model is still told French, and the need is French.
    server.enqueue(reply.json(answer({ hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }] })));
    const answered = await engine().understand('43', { ...CONTEXT, previous: result.partial });
    expect(messagesOf(server.requests[1]!)[0]!.text).toContain(FRENCH);
    expect(answered.kind === 'need' && answered.need.language).toBe('fr');
  });

  it('passes the model’s French question through', async () => {
    server.enqueue(reply.json(answer({ kind: 'clarify', category: null, hardConstraints: [], question: 'Quel type de produit cherchez-vous ?', missing: ['category'] })));
    const result = await engine().understand('je cherche un truc pour courir', CONTEXT);
    expect(result.kind === 'clarify' && result.question).toBe('Quel type de produit cherchez-vous ?');
  });

  it('says in French that it fell back to the built-in engine, which answers in French', async () => {
    server.enqueue(reply.error(500));
    const result = await engine().understand('chaussures de trail imperméables pointure 43 à moins de 150 euros', CONTEXT);
    expect(result.kind).toBe('need');
    if (result.kind !== 'need') return;
    expect(result.assumptions[0]).toBe('le modèle de langue a renvoyé une erreur (HTTP 500) ; j’ai utilisé le moteur intégré à la place');
    expect(result.need.language).toBe('fr');
  });

  it('leaves the instructions of an English request as they were', async () => {
    server.enqueue(reply.json(answer({ hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }] })));
    const result = await engine().understand('waterproof trail shoes size 43 under 150 euros', CONTEXT);
    expect(messagesOf(server.requests[0]!)[0]!.text).toBe(needInstructions());
    expect(result.kind === 'need' && result.need.language).toBeUndefined();
  });
});

describe('the LLM explainer answers in the need’s language', () => {
  const input = () => ({ ranking: french.ranking, explanation: french.explanation, need: french.need, brandNames: new Map(market.brands().map((b) => [b.card.id, b.card.name])) });

  it('tells the model to answer in French and gives it French facts', async () => {
    expect(french.need.language).toBe('fr');
    const text = 'Calm Ridge de Calm Runners arrive en tête : il respecte tous vos critères.';
    server.enqueue(reply.text(text));
    const events = await collect(explainRankingWithLlm(input(), { model: createOpenAiChatModel(config()) }));
    expect(events.at(-1)).toEqual({ type: 'done', source: 'model', text, notices: [] });
    const [system, facts] = messagesOf(server.requests[0]!);
    expect(system!.text.startsWith(EXPLAIN_INSTRUCTIONS)).toBe(true);
    expect(system!.text).toContain(FRENCH);
    expect(plain(facts!.text)).toContain('Chaussures de trail, pointure 43, imperméable, moins de 150 €');
    expect(plain(facts!.text)).toMatch(/"price": ?"\d+(,\d\d)? €"/);
  });

  it('falls back to the built-in explanation in French when the model fails', async () => {
    server.enqueue(reply.error(500));
    const events = await collect(explainRankingWithLlm(input(), { model: createOpenAiChatModel(config()) }));
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error('the stream did not end with done');
    expect(done.source).toBe('built-in');
    expect(done.notices).toEqual(['le modèle de langue a renvoyé une erreur (HTTP 500) ; voici l’explication intégrée de Majordome']);
    expect(done.text).toMatch(/ : respecte vos (?:\d|deux) critères/);
    expect(done.text).not.toMatch(/\bfits (all|your)\b/);
  });
});
