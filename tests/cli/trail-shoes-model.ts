// The scripted language model behind the CLI's model-explanation tests (`ask`, `chat`): it reads "waterproof trail
// shoes size 43 under 150 euros" as that need, and streams whatever the test's `explain` says about the ranking.
import { reply, type RecordedRequest, type ScriptedOpenAiServer, type ScriptedReply, startScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { dataBlocks } from '../injection/obeying-model.ts';

export const TRAIL_SHOES_REQUEST = 'waterproof trail shoes size 43 under 150 euros';
export const MODEL_HEADING = 'Written by the language model (scripted-model), not by Majordome; the ranking was computed by Majordome:';

/** The brand and product names of the offer Majordome ranked first, as the explainer's data blocks give them. */
export function topOf(request: RecordedRequest): { brandName: string; productTitle: string } {
  const facts = dataBlocks(request).find((b) => b.name === 'ranking')!.value as { offers: Array<{ label: string; rank: number | null }> };
  const label = facts.offers.find((o) => o.rank === 1)!.label;
  const content = dataBlocks(request).find((b) => b.name === 'brand-content')!.value as Record<string, { brandName: string; productTitle: string }>;
  return content[label]!;
}

/** Starts the model; `explain` is read at each streamed request, so a test may change it between runs. */
export async function startTrailShoesModel(home: string, explain: () => (request: RecordedRequest) => ScriptedReply): Promise<{ server: ScriptedOpenAiServer; env: NodeJS.ProcessEnv }> {
  const server = await startScriptedOpenAiServer((request) =>
    request.body?.stream
      ? explain()(request)
      : reply.json(needAnswer({ category: 'running-shoes', hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }], budgetMinor: 15_000 })),
  );
  const env = { MAJORDOME_HOME: home, MAJORDOME_MODEL: 'scripted-model', OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', MAJORDOME_LLM_RETRIES: '0', MAJORDOME_LLM_TIMEOUT_MS: '20000' };
  return { server, env };
}
