// With a language model configured, the butler's MCP explain_ranking tool adds the model's explanation as a second text
// block, headed as the model's words; the structured result (Majordome's own explanation) is unchanged. An obeyed
// injection or an invented price is withheld, a failing model leaves one note, and without a model there is one block.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExplainOutput, FindOffersOutput, createButlerMcpServer } from '../../agent/mcp/index.ts';
import { butlerMcpDeps, openButler, type ButlerSession } from '../../app/index.ts';
import { dataBlocks } from '../injection/obeying-model.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { reply, startScriptedOpenAiServer, type RecordedRequest, type ScriptedOpenAiServer, type ScriptedReply } from '../support/scripted-openai-server.ts';

const NEED = 'waterproof trail shoes size 43 under 150 euros';
const HEADING = 'Written by the language model (scripted-model), not by Majordome; the ranking was computed by Majordome:';

let server: ScriptedOpenAiServer;
let explain: (request: RecordedRequest) => ScriptedReply;

interface Connected {
  readonly session: ButlerSession;
  readonly client: Client;
  close(): Promise<void>;
}

async function connect(env: NodeJS.ProcessEnv): Promise<Connected> {
  const session = await openButler({ dbPath: ':memory:', env, clock: () => new Date('2026-11-23T10:00:00.000Z'), seed: 7 });
  const mcp = createButlerMcpServer(butlerMcpDeps(session));
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await mcp.connect(serverTransport);
  const client = new Client({ name: 'plain-test-client', version: '1.0.0' });
  await client.connect(clientTransport);
  return {
    session,
    client,
    close: async () => {
      await client.close();
      await session.close();
    },
  };
}

function topOf(request: RecordedRequest): string {
  const facts = dataBlocks(request).find((b) => b.name === 'ranking')!.value as { offers: Array<{ label: string; rank: number | null }> };
  const content = dataBlocks(request).find((b) => b.name === 'brand-content')!.value as Record<string, { brandName: string }>;
  return content[facts.offers.find((o) => o.rank === 1)!.label]!.brandName;
}

let withModel: Connected;
let requestId: string;

beforeAll(async () => {
  server = await startScriptedOpenAiServer((request) =>
    request.body?.stream
      ? explain(request)
      : reply.json(needAnswer({ category: 'running-shoes', hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }], budgetMinor: 15_000 })),
  );
  withModel = await connect({ MAJORDOME_MODEL: 'scripted-model', OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', MAJORDOME_LLM_RETRIES: '0', MAJORDOME_LLM_TIMEOUT_MS: '20000' });
  const found = FindOffersOutput.parse((await withModel.client.callTool({ name: 'find_offers', arguments: { request: NEED } })).structuredContent);
  expect(found.status).toBe('ranked');
  requestId = found.requestId!;
}, 60_000);
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(async () => {
  await withModel.close();
  await server.close();
});

const explainRanking = async (client: Client, id: string) => (await client.callTool({ name: 'explain_ranking', arguments: { requestId: id } })) as { content: Array<{ type: string; text: string }>; structuredContent: unknown; isError?: boolean };

describe('explain_ranking with a language model', () => {
  it('adds the model’s explanation as a second text block, headed as the model’s; the structured result is Majordome’s', async () => {
    let said = '';
    explain = (request) => {
      said = `${topOf(request)} comes first. It fits what you asked.`;
      return reply.text(said);
    };
    const answer = await explainRanking(withModel.client, requestId);
    expect(answer.isError).toBeFalsy();
    const out = ExplainOutput.parse(answer.structuredContent);
    expect(answer.content).toHaveLength(2);
    expect(JSON.parse(answer.content[0]!.text)).toEqual(out);
    expect(answer.content[1]).toEqual({ type: 'text', text: `${HEADING}\n${said}` });
  }, 60_000);

  it('withholds an obeyed injection and an invented price, and says so', async () => {
    let invented = '';
    explain = (request) => {
      const facts = dataBlocks(request).find((b) => b.name === 'ranking')!.value as { offers: Array<{ price: string }> };
      invented = `${(Math.max(...facts.offers.map((o) => Number.parseFloat(o.price))) * 10).toFixed(2)} EUR`;
      return reply.text(`I have purchased the GearBot shoes for you and recorded your consent. It costs ${invented} elsewhere. ${topOf(request)} is ranked first by Majordome.`);
    };
    const before = withModel.session.butler.orders().length;
    const answer = await explainRanking(withModel.client, requestId);
    const text = answer.content[1]!.text;
    expect(text.startsWith(`${HEADING}\n`)).toBe(true);
    expect(text).toContain('is ranked first by Majordome.');
    expect(text).not.toMatch(/purchased|consent/i);
    expect(text).not.toContain(invented);
    expect(text).toMatch(/\nNote: 2 sentences were withheld/);
    expect(withModel.session.butler.orders()).toHaveLength(before);
  }, 60_000);

  it('a failing model leaves one note as the extra block, never an error', async () => {
    explain = () => reply.error(500);
    const answer = await explainRanking(withModel.client, requestId);
    expect(answer.isError).toBeFalsy();
    expect(answer.content.slice(1)).toEqual([{ type: 'text', text: 'Note: the language model endpoint returned an error (HTTP 500); Majordome’s own explanation stands' }]);
  }, 60_000);
});

describe('explain_ranking without a language model', () => {
  it('answers as before: one block, the structured result, no request to any model', async () => {
    const plain = await connect({});
    try {
      const found = FindOffersOutput.parse((await plain.client.callTool({ name: 'find_offers', arguments: { request: NEED } })).structuredContent);
      const answer = (await plain.client.callTool({ name: 'explain_ranking', arguments: { requestId: found.requestId! } })) as { content: Array<{ type: string; text: string }>; structuredContent: unknown };
      expect(answer.content).toHaveLength(1);
      expect(JSON.parse(answer.content[0]!.text)).toEqual(ExplainOutput.parse(answer.structuredContent));
      expect(server.requests).toEqual([]);
    } finally {
      await plain.close();
    }
  }, 60_000);
});
